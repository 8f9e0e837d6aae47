package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.publish.Redactor;

/** Internal values (birth years, individual ratings, records marked internal) reach only internal bulletins, marked on every page. */
class InternalDataTest {
    private static TestProject project;
    private static Dataset full;
    private static BulletinSpec spec;

    @BeforeAll
    static void setUp() throws Exception {
        project = SmallProject.create();
        full = SampleProject.data(project);
        spec = new BulletinCatalog().specs(new Redactor().publicView(full)).get(0);
    }

    @AfterAll
    static void tearDown() throws Exception {
        project.close();
    }

    @Test
    void theCatalogFindsTheDistrictYear() {
        assertThat(spec.fileName()).isEqualTo("huyen-b-2021.pdf");
        assertThat(spec.from()).isEqualTo(PartialDate.ofYear(2021));
    }

    @Test
    void thePublicBulletinHasNoInternalValueEvenWhenGivenTheFullData() throws Exception {
        BulletinWriter publicWriter = new BulletinWriter(project.root(), false);
        for (Dataset given : List.of(new Redactor().publicView(full), full)) {
            String text = PdfChecks.text(publicWriter.render(spec, given));
            assertThat(text).contains("Đồng chí Trần Văn An, nguyên Chánh Văn phòng Huyện ủy Huyện B")
                    .doesNotContain("NỘI BỘ", "nội bộ", "1975", "Lê Thị Bình", "3/5", "60%");
        }
    }

    @Test
    void theInternalBulletinShowsThemAndSaysSoOnEveryPage() throws Exception {
        byte[] pdf = new BulletinWriter(project.root(), true).render(spec, full);
        assertThat(PdfChecks.text(pdf)).contains("Đồng chí Trần Văn An (sinh năm 1975)", "Lê Thị Bình: không hoàn thành nhiệm vụ.",
                "3/5 (60%)");
        int pages = PdfChecks.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfChecks.pageText(pdf, page)).contains("NỘI BỘ — không công bố");
        }
    }

    @Test
    void writesEveryBulletinOfTheCatalogIntoAFolder(@TempDir Path dir) throws Exception {
        List<BulletinSpec> written = BulletinWriter.writeAll(project.root(), false, DataVersion.none(), full, dir.resolve("bulletins"), 1);
        assertThat(written).extracting(BulletinSpec::fileName).containsExactly("huyen-b-2021.pdf");
        byte[] pdf = Files.readAllBytes(dir.resolve("bulletins/huyen-b-2021.pdf"));
        assertThat(PdfChecks.text(pdf)).contains("Trần Văn An").doesNotContain("1975", "Lê Thị Bình");
    }
}
