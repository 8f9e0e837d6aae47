package vn.luanchuyen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.publish.Redactor;
import vn.luanchuyen.view.Pages.CadrePage;
import vn.luanchuyen.view.Pages.OverviewPage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ProgrammePage;
import vn.luanchuyen.view.Pages.ResultsPage;
import vn.luanchuyen.view.Pages.TermPage;
import vn.luanchuyen.view.Pages.UnitPage;

/** What the pages made from the sample data say, before any template. */
class SitePagesTest {
    private static List<Page> pages;

    @BeforeAll
    static void build() {
        var data = new Redactor().publicView(Checked.of(Path.of(".")).data());
        pages = new SiteViews(data, List.of(), vn.luanchuyen.history.History.none(""), List.of()).pages();
    }

    private static <T> T page(String path, Class<T> type) {
        return type.cast(pages.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().page());
    }

    @Test
    void everyPathIsUniqueAndAscii() {
        List<String> paths = pages.stream().map(Page::path).toList();
        assertThat(paths).doesNotHaveDuplicates().allMatch(p -> p.matches("[a-z0-9/.-]*"));
    }

    @Test
    void resultsPageSaysWhereEachFigureComesFromAndHowTheTargetStands() {
        ResultsPage lt = page("don-vi/lap-thach/thanh-tich/", ResultsPage.class);
        assertThat(lt.figures()).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("7/20 (35%)");
            assertThat(f.basis()).isEqualTo("số liệu nguồn công bố");
            assertThat(f.sources()).singleElement().satisfies(s -> assertThat(s.label()).contains("04/07/2022"));
        });
        assertThat(lt.targets()).singleElement().satisfies(t -> {
            assertThat(t.goal()).isEqualTo("ít nhất 30%");
            assertThat(t.state()).isEqualTo("đạt");
            assertThat(t.deadline()).isEqualTo("năm 2025");
        });
        assertThat(lt.charts()).anySatisfy(c -> assertThat(c.svg()).startsWith("<svg").contains("<title", "<desc", "35%"));
        assertThat(lt.asOf()).isEqualTo("Thứ Năm, 24/11/2022");
    }

    @Test
    void overviewComparesTheFiveDistricts() {
        OverviewPage o = page("thanh-tich/", OverviewPage.class);
        assertThat(o.rows()).extracting(r -> r.district().text())
                .containsExactly("thành phố Gia Nghĩa", "huyện Lập Thạch", "huyện Nông Sơn", "huyện Tam Dương", "huyện Võ Nhai");
        assertThat(o.rows()).filteredOn(r -> r.district().text().equals("huyện Võ Nhai")).singleElement()
                .satisfies(r -> assertThat(r.declaredMoves()).startsWith("trên 50"));
        assertThat(o.rows()).filteredOn(r -> r.district().text().equals("thành phố Gia Nghĩa")).singleElement()
                .satisfies(r -> assertThat(r.nonLocalBiThu()).startsWith("7/8"));
    }

    @Test
    void perYearTargetsShowEachYear() {
        ProgrammePage p = page("van-ban/vo-nhai-de-an-01/", ProgrammePage.class);
        assertThat(p.status()).first().satisfies(t -> {
            assertThat(t.years()).containsExactly("Năm 2021: 1 (không đạt)", "Năm 2022: 0 (chậm tiến độ)");
            assertThat(t.basis()).isEqualTo("tính từ hồ sơ");
        });
    }

    @Test
    void cadrePageShowsTheCareerAndTheDerivedMoves() {
        CadrePage son = page("can-bo/nguyen-hong-son/", CadrePage.class);
        assertThat(son.timeline()).extracting(Rows.TenureRow::post).containsExactly(
                "Trưởng phòng Tài nguyên và Môi trường huyện Võ Nhai", "Phó Bí thư Thường trực Đảng ủy xã Cúc Đường",
                "Bí thư Đảng ủy xã Cúc Đường");
        assertThat(son.moves()).singleElement().satisfies(m -> {
            assertThat(m.direction()).isEqualTo("về cơ sở");
            assertThat(m.date()).isEqualTo("tháng 3/2020");
        });
        assertThat(son.timeline().get(1).decision()).isEqualTo("Quyết định của Ban Thường vụ Huyện ủy Võ Nhai");
    }

    @Test
    void unitsThatEndedKeepTheirPagesAndSaySo() {
        UnitPage vn = page("don-vi/vo-nhai/", UnitPage.class);
        assertThat(vn.status()).isEqualTo("Hoạt động đến hết ngày 30/06/2025.");
        assertThat(vn.events()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("01/07/2025"));
        TermPage term = page("don-vi/cuc-duong/nhiem-ky-2020-2025/", TermPage.class);
        assertThat(term.posts()).extracting(Rows.PostHistory::post)
                .containsExactly("Bí thư Đảng ủy xã Cúc Đường", "Phó Bí thư Thường trực Đảng ủy xã Cúc Đường");
    }
}
