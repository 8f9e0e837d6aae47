package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.cli.Main;

/** {@code ./luanchuyen bulletin}: one unit over any period, public or internal. */
class BulletinCommandTest {

    @Test
    void writesTheBulletinOfAUnitOverAPeriod(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("vo-nhai.pdf");
        int exit = Main.run("bulletin", "--project", SampleProject.ROOT.toString(), "--unit", "vo-nhai", "--from", "2020-01",
                "--to", "2021-12", "--out", out.toString());
        assertThat(exit).isEqualTo(Main.OK);
        String text = PdfChecks.text(Files.readAllBytes(out));
        assertThat(text).contains("Luân chuyển cán bộ ở huyện Võ Nhai từ tháng 1/2020 đến tháng 12/2021",
                "Võ Nhai: 3 lượt điều động, luân chuyển cán bộ từ tháng 1/2020 đến tháng 12/2021, 2 lượt về cơ sở",
                "Nguyễn Hồng Sơn", "Triệu Tiến Văn", "Hoàng Hồng Hạnh").doesNotContain("NỘI BỘ");
    }

    @Test
    void marksAnInternalBulletin(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("nong-son.pdf");
        int exit = Main.run("bulletin", "--project", SampleProject.ROOT.toString(), "--unit", "nong-son", "--from", "2022",
                "--to", "2022", "--internal", "--out", out.toString());
        assertThat(exit).isEqualTo(Main.OK);
        assertThat(PdfChecks.text(Files.readAllBytes(out))).contains("NỘI BỘ — không công bố");
    }

    @Test
    void refusesAnUnknownUnitAndABadDate(@TempDir Path dir) {
        Path out = dir.resolve("x.pdf");
        assertThat(Main.run("bulletin", "--project", SampleProject.ROOT.toString(), "--unit", "khong-co", "--from", "2020",
                "--to", "2021", "--out", out.toString())).isEqualTo(Main.FAILURE);
        assertThat(Main.run("bulletin", "--project", SampleProject.ROOT.toString(), "--unit", "vo-nhai", "--from", "2020-13",
                "--to", "2021", "--out", out.toString())).isEqualTo(Main.FAILURE);
        assertThat(out).doesNotExist();
    }
}
