package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Properties;
import vn.luanchuyen.bulletin.BulletinView.Masthead;
import vn.luanchuyen.text.Fold;

/**
 * The bulletins' settings, from {@code templates/bulletin/bulletin.properties} (UTF-8):
 * {@code publication} (the masthead), {@code section} (the section label, "Xây dựng Đảng"),
 * {@code byline} (the author shown under the headline and in the metadata) and, optionally,
 * {@code moves.told}: how many moves a bulletin tells in paragraphs at most (the table lists them
 * all; {@value #TOLD_MOVES} when the key is absent, as in projects made before it existed) and
 * {@code years.from}: the first year the build makes bulletins of (a district's or province's
 * year, a programme's review); every year with records when the key is absent. A key with a
 * value it cannot take is refused naming the file, the line and the column of the value.
 */
record BulletinConfig(String publication, String section, String byline, int toldMoves, int yearsFrom) {
    static final String FILE = "bulletin.properties";
    static final int TOLD_MOVES = 12;
    /** {@link #yearsFrom} when the key is absent: every year. */
    static final int EVERY_YEAR = 0;

    static BulletinConfig load(Path templates) {
        Path file = templates.resolve(FILE);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new BulletinException("không đọc được " + file + ": " + e.getMessage(), e);
        }
        return new BulletinConfig(required(p, "publication", file), required(p, "section", file), required(p, "byline", file),
                count(p, "moves.told", TOLD_MOVES, file), year(p, "years.from", file));
    }

    private static int count(Properties p, String key, int absent, Path file) {
        String v = p.getProperty(key);
        if (v == null) return absent;
        OptionalInt n = number(v);
        if (n.isPresent() && n.getAsInt() >= 0) return n.getAsInt();
        throw new BulletinException(PropertyLines.where(file, key) + ": khóa \"" + key + "\" phải là một số nguyên không âm (ví dụ "
                + absent + "), không phải \"" + v.strip() + "\"");
    }

    private static int year(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null) return EVERY_YEAR;
        OptionalInt n = number(v);
        if (n.isPresent() && v.strip().length() == 4 && n.getAsInt() >= 1000) return n.getAsInt();
        throw new BulletinException(PropertyLines.where(file, key) + ": khóa \"" + key + "\" phải là một năm bốn chữ số, không phải \""
                + v.strip() + "\": ví dụ " + key + " = 2025 để không dựng bản tin của các năm trước 2025; bỏ khóa này để dựng bản tin"
                + " của mọi năm có hồ sơ");
    }

    private static OptionalInt number(String v) {
        try {
            return OptionalInt.of(Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
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
