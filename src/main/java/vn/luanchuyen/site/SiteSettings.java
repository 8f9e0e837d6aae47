package vn.luanchuyen.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The site's settings from {@code templates/site.properties}: its public address and name. */
public record SiteSettings(String host, String name) {

    public static SiteSettings read(Path root) throws IOException {
        Properties p = new Properties();
        Path file = root.resolve("templates/site.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        String host = p.getProperty("site.host", "https://example.org/");
        return new SiteSettings(host.endsWith("/") ? host : host + "/", p.getProperty("site.name", "Luân chuyển cán bộ"));
    }
}
