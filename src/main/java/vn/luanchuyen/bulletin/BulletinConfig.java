package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.luanchuyen.bulletin.BulletinView.Masthead;
import vn.luanchuyen.text.Fold;

/**
 * The bulletins' settings, from {@code templates/bulletin/bulletin.properties} (UTF-8):
 * {@code publication} (the masthead), {@code section} (the section label, "Xây dựng Đảng") and
 * {@code byline} (the author shown under the headline and in the metadata).
 */
record BulletinConfig(String publication, String section, String byline) {
    static final String FILE = "bulletin.properties";

    static BulletinConfig load(Path templates) {
        Path file = templates.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new BulletinException("không đọc được " + file + ": " + e.getMessage(), e);
        }
        return new BulletinConfig(required(p, "publication", file), required(p, "section", file), required(p, "byline", file));
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) throw new BulletinException(file + ": thiếu khóa \"" + key + "\"");
        return Fold.nfc(v.strip());
    }

    Masthead masthead() {
        return new Masthead(publication, section, byline);
    }
}
