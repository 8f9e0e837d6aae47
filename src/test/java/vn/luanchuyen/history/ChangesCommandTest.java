package vn.luanchuyen.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;
import vn.luanchuyen.cli.Main;

/** `changes A..B` lists the personnel changes between two commits and writes them as a PDF bulletin. */
class ChangesCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheChangesAndWritesThemAsABulletin() throws Exception {
        TestProject p = new TestProject(dir).withBase();
        TestProject.copyTree(Path.of("templates"), dir.resolve("templates"));
        try (TestRepository repo = TestRepository.init(dir, Instant.parse("2022-03-01T09:00:00Z"))) {
            p.write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn An\nsources: [bao-mau]\ntenures:\n"
                    + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n");
            String first = repo.commit("Thêm hồ sơ");
            p.write("data/cadres/a.yaml", "# yaml-language-server: $schema=../../schema/cadres.schema.json\n"
                    + "id: a\nname: Nguyễn Văn An\nsources: [bao-mau]\ntenures:\n"
                    + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n    to: 2022-03\n"
                    + "  - unit: xa-c\n    post: bí thư\n    from: 2022-03\n    began: luân chuyển\n");
            String second = repo.commit("Luân chuyển về xã C");

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream old = System.out;
            Path pdf = dir.resolve("thay-doi.pdf");
            int exit;
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                exit = Main.run("changes", "--project", dir.toString(), first + ".." + second, "--pdf", pdf.toString());
            } finally {
                System.setOut(old);
            }
            assertThat(exit).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                    "data/cadres/a.yaml: a: kết thúc chức vụ: Chánh Văn phòng Huyện ủy Huyện B",
                    "data/cadres/a.yaml: a: thêm chức vụ: Bí thư Đảng ủy xã Xã C",
                    "data/cadres/a.yaml: a: lượt điều động, luân chuyển mới: Bí thư Đảng ủy xã Xã C", "3 thay đổi")
                    .as("a comment line added above is no change").doesNotContain("sửa thông tin");
            try (var doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Thay đổi trong hồ sơ cán bộ: 3 thay đổi", "Nguyễn Văn An", "kết thúc chức vụ");
                assertThat(doc.getDocumentInformation().getTitle()).startsWith("Thay đổi hồ sơ cán bộ ");
            }
        }
    }
}
