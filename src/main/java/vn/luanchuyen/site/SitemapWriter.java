package vn.luanchuyen.site;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** {@code sitemap.xml} over every page, data pages and articles alike, and {@code robots.txt}. */
final class SitemapWriter {
    private final SiteSettings settings;

    SitemapWriter(SiteSettings settings) {
        this.settings = settings;
    }

    void write(List<String> paths, Path out) throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : new TreeSet<>(paths)) {
            b.append("  <url><loc>").append(escapeXml10(settings.host() + path)).append("</loc></url>\n");
        }
        b.append("</urlset>\n");
        Files.writeString(out.resolve("sitemap.xml"), b, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + settings.host() + "sitemap.xml\n",
                StandardCharsets.UTF_8);
    }
}
