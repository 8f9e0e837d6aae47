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
 * {@code publication} (the masthead), {@code section} (the section label, "Xây dựng Đảng"),
 * {@code byline} (the author shown under the headline and in the metadata) and, optionally,
 * {@code moves.told}: how many moves a bulletin tells in paragraphs at most (the table lists them
 * all; {@value #TOLD_MOVES} when the key is absent, as in projects made before it existed).
 */
record BulletinConfig(String publication, String section, String byline, int toldMoves) {
    static final String FILE = "bulletin.properties";
    static final int TOLD_MOVES = 12;

    static BulletinConfig load(Path templates) {
        Path file = templates.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new BulletinException("không đọc được " + file + ": " + e.getMessage(), e);
        }
        return new BulletinConfig(required(p, "publication", file), required(p, "section", file), required(p, "byline", file),
                count(p, "moves.told", TOLD_MOVES, file));
    }

    private static int count(Properties p, String key, int absent, Path file) {
        String v = p.getProperty(key);
        if (v == null) return absent;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BulletinException(file + ": khóa \"" + key + "\" phải là một số nguyên không âm (ví dụ " + absent
                + "), không phải \"" + v.strip() + "\"");
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
