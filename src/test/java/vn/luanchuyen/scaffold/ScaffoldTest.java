package vn.luanchuyen.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.cli.Main;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.UnitType;

/** What `new` writes passes check, and means what was asked. */
class ScaffoldTest {
    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void project() throws IOException {
        project = new TestProject(dir).withBase().write("data/cadres/nguyen-van-an.yaml", """
                id: nguyen-van-an
                name: Nguyễn Văn An
                sources: [bao-mau]
                tenures:
                  - unit: huyen-b
                    post: chánh văn phòng
                    from: 2019-01
                    note: >-
                      Ghi chú nhiều dòng
                      vẫn thuộc chức vụ này.
                # chú thích của người nhập
                """);
    }

    private Scaffold scaffold() {
        return new Scaffold(dir, project.check().data());
    }

    @Test
    void aNewCadreGetsAFreshIdAndCitesTheLatestSource() throws IOException {
        Path file = scaffold().cadre("Nguyễn Văn An", null);
        assertThat(file).hasFileName("nguyen-van-an-2.yaml");
        assertThat(Files.readString(file)).contains("id: nguyen-van-an-2", "name: Nguyễn Văn An", "sources: [bao-mau]");
        assertThat(project.lines()).isEmpty();
    }

    @Test
    void aNewCommuneGoesIntoItsDistrictsFile() throws IOException {
        Path file = scaffold().unit("Xã E", UnitType.XA, "huyen-b");
        assertThat(file).isEqualTo(dir.resolve("data/units/tinh-a/huyen-b.yaml"));
        assertThat(project.lines()).isEmpty();
        assertThat(new UnitIndex(project.check().data().units()).level("xa-e")).isEqualTo(2);
        Path district = scaffold().unit("Huyện F", UnitType.HUYEN, "tinh-a");
        assertThat(district).isEqualTo(dir.resolve("data/units/tinh-a/huyen-f.yaml"));
        assertThat(project.lines()).isEmpty();
    }

    @Test
    void aMoveEndsTheOpenPostAndAddsTheNewOne() throws IOException {
        scaffold().move("nguyen-van-an", "xa-c", PostKind.BI_THU, PartialDate.ofMonth(2024, 3), StartKind.LUAN_CHUYEN);
        assertThat(project.lines()).isEmpty();
        String text = Files.readString(dir.resolve("data/cadres/nguyen-van-an.yaml"));
        assertThat(text).contains("vẫn thuộc chức vụ này.\n    to: 2024-03\n", "# chú thích của người nhập");
        var cadre = project.check().data().cadres().get(0);
        var moves = new MoveFinder(new UnitIndex(project.check().data().units())).moves(cadre);
        assertThat(moves).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo(Direction.DOWN);
            assertThat(m.kind()).isEqualTo(StartKind.LUAN_CHUYEN);
            assertThat(m.from().post()).isEqualTo(PostKind.CHANH_VAN_PHONG);
        });
    }

    @Test
    void aNewArticleIsADraftWithAJBakeHeader() throws IOException {
        Path file = scaffold().article("Luân chuyển cán bộ ở Huyện B", LocalDate.of(2024, 5, 2));
        assertThat(file).hasFileName("luan-chuyen-can-bo-o-huyen-b.md");
        assertThat(Files.readString(file)).startsWith("title=Luân chuyển cán bộ ở Huyện B\ndate=2024-05-02\ntype=post\nstatus=draft\n")
                .contains("~~~~~~\n");
    }

    @Test
    void theCommandLineWritesAndReports() {
        int exit = Main.run("new", "--project", dir.toString(), "cadre", "Trần Thị Bình");
        assertThat(exit).isZero();
        assertThat(dir.resolve("data/cadres/tran-thi-binh.yaml")).exists();
        assertThat(Main.run("new", "--project", dir.toString(), "move", "khong-co", "--unit", "xa-c", "--post", "bí thư",
                "--from", "2024-01")).isEqualTo(Main.FAILURE);
    }
}
