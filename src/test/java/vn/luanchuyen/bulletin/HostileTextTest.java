package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.publish.Redactor;

/** Markup and template syntax in data are printed as text in a bulletin, never run or evaluated. */
class HostileTextTest {
    private static final String HOSTILE = "<script>alert(1)</script> ${7*7} <#if true>x</#if>";

    @Test
    void markupAndTemplateSyntaxInDataArePrintedAsText() throws Exception {
        try (TestProject project = SmallProject.create()) {
            var file = project.root().resolve("data/cadres/tran-van-an.yaml");
            Files.writeString(file, Files.readString(file).replace("note: Ghi chú công khai về nhiệm vụ mới.",
                    "note: \"" + HOSTILE.replace("\"", "\\\"") + "\"").replace("name: Trần Văn An", "name: Trần Văn An <b>In đậm</b>"));
            var data = new Redactor().publicView(SampleProject.data(project));
            BulletinSpec spec = new BulletinCatalog().specs(data).get(0);
            BulletinWriter writer = new BulletinWriter(project.root(), false);
            String xhtml = writer.xhtml(spec, data);
            assertThat(xhtml).contains("Trần Văn An &lt;b&gt;In đậm&lt;/b&gt;").doesNotContain("<b>In đậm</b>", ">49<", "<script>");
            String text = PdfChecks.oneLine(PdfChecks.text(writer.render(spec, data)));
            assertThat(text).contains("Trần Văn An <b>In đậm</b>").doesNotContain(" 49 ");
        }
    }
}
