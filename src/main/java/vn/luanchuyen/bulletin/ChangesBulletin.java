package vn.luanchuyen.bulletin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.text.VietnameseDates;

/**
 * A bulletin of personnel changes between two revisions of the data ({@code changes A..B --pdf}):
 * the same fonts, checks (every character printable, NFC) and tagged PDF/A output as the other
 * bulletins, from {@code templates/bulletin/changes.ftl}. The caller gives changes already made
 * public (the history reader redacts each version before comparing).
 */
public final class ChangesBulletin {
    private final Path templatesDir;
    private final BulletinConfig config;
    private final BulletinTemplates templates;
    private final BulletinFonts fonts;
    private final PdfRenderer renderer;

    public ChangesBulletin(Path root) {
        this.templatesDir = root.resolve("templates").resolve("bulletin").toAbsolutePath().normalize();
        this.config = BulletinConfig.load(templatesDir);
        this.templates = new BulletinTemplates(templatesDir);
        this.fonts = new BulletinFonts();
        this.renderer = new PdfRenderer(fonts, templatesDir);
    }

    /** One change as printed: the record it is about and what happened, in words. */
    public record Line(String record, String change, String file) {
    }

    /**
     * @param range the revisions compared ("abc1234..def5678")
     * @param dated the date of the later revision, printed as the dateline and set as the PDF's date
     * @param data  the data the changes come from, to say where a character the fonts lack was written
     */
    public byte[] render(String range, LocalDate dated, List<Line> lines, Dataset data) {
        String title = "Thay đổi hồ sơ cán bộ " + range;
        Map<String, Object> model = Map.of("title", title, "range", range, "dateline", VietnameseDates.withWeekday(dated),
                "masthead", config.masthead(), "lines", lines);
        String xhtml = Fold.nfc(templates.render("changes.ftl", model));
        Document dom = XhtmlDocument.parse(xhtml);
        new GlyphCheck(fonts, new TextOrigins(data, config, templatesDir)).check(dom);
        return renderer.render(dom, dated, id(xhtml), "thay-doi.pdf");
    }

    private static byte[] id(String xhtml) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
