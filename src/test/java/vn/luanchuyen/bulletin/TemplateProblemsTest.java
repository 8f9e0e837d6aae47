package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Dataset;

/** Errors in the bulletin templates name template:line:column; composed text is NFC whatever the templates hold. */
class TemplateProblemsTest {

    @Test
    void anUnknownValueInATemplateIsReportedWithItsLineAndColumn() throws Exception {
        try (TestProject p = SmallProject.create()) {
            Position at = replace(p, "bulletin.ftl", "<h1><@hl.headline v/></h1>", "<h1>${v.noSuchField}</h1>", "v.noSuchField");
            assertThatThrownBy(() -> render(p))
                    .isInstanceOf(BulletinException.class)
                    .hasMessageStartingWith("templates/bulletin/bulletin.ftl:" + at.line() + ":" + at.column() + ": lỗi mẫu:")
                    .hasMessageContaining("noSuchField");
        }
    }

    @Test
    void aSyntaxErrorInAnImportedTemplateIsReportedInThatTemplate() throws Exception {
        try (TestProject p = SmallProject.create()) {
            Position at = replace(p, "cadre.ftl", "<#if m.action??>", "<#if m.action?? <#if>", "<#if>");
            assertThatThrownBy(() -> render(p))
                    .isInstanceOf(BulletinException.class)
                    .hasMessageStartingWith("templates/bulletin/cadre.ftl:" + at.line() + ":")
                    .hasMessageContaining("lỗi cú pháp mẫu");
        }
    }

    @Test
    void aTemplateThatBreaksTheXhtmlIsRefusedBeforeRendering() throws Exception {
        try (TestProject p = SmallProject.create()) {
            replace(p, "bulletin.ftl", "<p class=\"section-label\">${v.masthead.section}</p>", "<p class=\"section-label\">${v.masthead.section}", "<p");
            assertThatThrownBy(() -> render(p)).isInstanceOf(BulletinException.class).hasMessageContaining("XHTML không hợp lệ");
        }
    }

    @Test
    void decomposedTextIsPrintedComposed() throws Exception {
        try (TestProject p = SmallProject.create()) {
            String nfd = Normalizer.normalize("Ban Biên tập Miền Núi", Normalizer.Form.NFD);
            assertThat(nfd).isNotEqualTo("Ban Biên tập Miền Núi");
            p.write("templates/bulletin/bulletin.properties", "publication = Bản tin\nsection = Xây dựng Đảng\nbyline = " + nfd + "\n");
            Path template = p.root().resolve("templates/bulletin/bulletin.ftl");
            Files.writeString(template, Files.readString(template).replace("<p class=\"section-label\">",
                    "<p class=\"section-label\">" + Normalizer.normalize("Đặc san ", Normalizer.Form.NFD)));
            Dataset data = SampleProject.data(p);
            BulletinSpec spec = new BulletinCatalog().specs(data).get(0);
            BulletinWriter writer = new BulletinWriter(p.root(), false);
            String xhtml = writer.xhtml(spec, data);
            assertThat(Normalizer.isNormalized(xhtml, Normalizer.Form.NFC)).isTrue();
            assertThat(PdfChecks.text(writer.render(spec, data))).contains("Ban Biên tập Miền Núi", "ĐẶC SAN XÂY DỰNG ĐẢNG");
        }
    }

    private record Position(int line, int column) {
    }

    /** Replaces text in a template; returns where {@code marker} is in the new text (1-based). */
    private static Position replace(TestProject p, String template, String from, String to, String marker) throws Exception {
        Path file = p.root().resolve("templates/bulletin/" + template);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        text = text.replace(from, to);
        Files.writeString(file, text);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int col = lines.get(i).indexOf(to);
            if (col >= 0) return new Position(i + 1, col + to.indexOf(marker) + 1);
        }
        throw new AssertionError("not found: " + to);
    }

    private static byte[] render(TestProject p) {
        Dataset data = SampleProject.data(p);
        return new BulletinWriter(p.root(), false).render(new BulletinCatalog().specs(data).get(0), data);
    }
}
