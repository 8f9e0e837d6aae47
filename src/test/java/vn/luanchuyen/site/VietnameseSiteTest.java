package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site reads as Vietnamese: every page says {@code lang="vi"}, people are listed the way
 * official lists order them (tên, then họ, then đệm, with Vietnamese collation: d before đ, tones
 * in order), articles carry "Thứ Hai, 21/03/2022" dates, and the search index folds diacritics
 * and đ. Built from a copy of the sample with three cadres and a district added for the cases
 * the sample lacks (Đặng, Đinh against Dương, Quỳnh Lưu).
 */
class VietnameseSiteTest {
    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(DayOfWeek.MONDAY, "Thứ Hai", DayOfWeek.TUESDAY, "Thứ Ba",
            DayOfWeek.WEDNESDAY, "Thứ Tư", DayOfWeek.THURSDAY, "Thứ Năm", DayOfWeek.FRIDAY, "Thứ Sáu",
            DayOfWeek.SATURDAY, "Thứ Bảy", DayOfWeek.SUNDAY, "Chủ Nhật");
    private static SampleSite site;
    private static Path out;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.copy()
                .write("data/units/nghe-an.yaml", """
                        units:
                          - id: nghe-an
                            name: Nghệ An
                            type: tỉnh
                            parent: trung-uong
                        """)
                .write("data/units/nghe-an/quynh-luu.yaml", """
                        units:
                          - id: quynh-luu
                            name: Quỳnh Lưu
                            type: huyện
                            parent: nghe-an
                        """)
                .write("data/cadres/dang-thi-quynh.yaml", cadre("dang-thi-quynh", "Đặng Thị Quỳnh", "Bí thư"))
                .write("data/cadres/dinh-van-anh.yaml", cadre("dinh-van-anh", "Đinh Văn Anh", "Chủ tịch UBND"))
                .write("data/cadres/duong-van-anh.yaml", cadre("duong-van-anh", "Dương Văn Anh", "Phó Bí thư"));
        out = site.build();
    }

    private static String cadre(String id, String name, String post) {
        return "id: " + id + "\nname: " + name + "\nsources: [vo-nhai-2022]\ntenures:\n"
                + "  - unit: quynh-luu\n    post: " + post + "\n    held_on: 2022\n";
    }

    @AfterAll
    static void clean() throws Exception {
        if (site != null) site.close();
    }

    @Test
    void everyPageIsInVietnamese() {
        List<String> wrong = new ArrayList<>();
        for (String page : SampleSite.htmlFiles(out)) {
            String lang = SampleSite.parse(out.resolve(page)).selectFirst("html").attr("lang");
            if (!lang.equals("vi")) wrong.add(page + ": lang=\"" + lang + "\"");
        }
        assertThat(wrong).isEmpty();
        assertThat(SampleSite.read(out.resolve("feed.xml"))).contains("xml:lang=\"vi\"");
    }

    @Test
    void cadresAreListedByTenThenHoThenDem() {
        Document list = SampleSite.parse(out.resolve("can-bo/index.html"));
        assertThat(list.select("ul.people > li > a").eachText()).containsExactly(
                "Dương Văn Anh",     // Anh: họ Dương before Đinh before Nguyễn (d < đ < n)
                "Đinh Văn Anh",
                "Nguyễn Ngọc Anh",
                "Đỗ Đình Hà",        // Hà: Đỗ before Vũ
                "Vũ Thị Hà",
                "Hoàng Hồng Hạnh",   // "ha" before "hanh"
                "Hoàng Minh Hiền",   // Hiền: Hoàng before Nguyễn
                "Nguyễn Ngọc Hiền",
                "Đỗ Đức Huynh",
                "Võ Phạm Xuân Lâm",
                "Vũ Minh Nghĩa",     // "nghia" before "ngoc"
                "Quảng Văn Ngọc",
                "Nguyễn Văn Quý",    // "quy" before "quynh"
                "Đặng Thị Quỳnh",
                "Nguyễn Hồng Sơn",
                "Triệu Tiến Văn");
    }

    @Test
    void articlesAreDatedWithTheWeekdayInVietnamese() {
        Document article = SampleSite.parse(out.resolve("bai-viet/hoan-doi-vi-tri-de-ren-can-bo-o-vo-nhai.html"));
        Element dateline = article.selectFirst(".dateline time");
        assertThat(dateline.text()).isEqualTo("Thứ Hai, 21/03/2022");
        assertThat(dateline.attr("datetime")).isEqualTo("2022-03-21");

        // Every dated article reference, wherever listed, says the right weekday of its datetime.
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (String page : SampleSite.htmlFiles(out)) {
            for (Element time : SampleSite.parse(out.resolve(page)).select("time[datetime]")) {
                String iso = time.attr("datetime");
                if (!iso.matches("\\d{4}-\\d{2}-\\d{2}") || !time.text().contains(",")) continue;
                LocalDate day = LocalDate.parse(iso);
                String expected = WEEKDAYS.get(day.getDayOfWeek()) + ", " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
                seen++;
                if (!time.text().equals(expected)) wrong.add(page + ": \"" + time.text() + "\", expected \"" + expected + "\"");
            }
        }
        assertThat(seen).isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void searchIndexFoldsDiacriticsAndD() throws Exception {
        JsonNode index = new ObjectMapper().readTree(out.resolve("search-index.json").toFile());
        assertThat(entry(index, "Đặng Thị Quỳnh").get("f").asText()).contains("dang thi quynh");
        assertThat(entry(index, "Đỗ Đình Hà").get("f").asText()).contains("do dinh ha");
        assertThat(entry(index, "huyện Quỳnh Lưu").get("f").asText()).contains("quynh luu");
        assertThat(entry(index, "Vũ Minh Nghĩa").get("f").asText()).contains("vu minh nghia");
        for (JsonNode e : index) assertThat(e.get("f").asText()).as(e.get("t").asText()).matches("[a-z0-9 ]+");
    }

    private static JsonNode entry(JsonNode index, String title) {
        for (JsonNode e : index) {
            if (e.get("t").asText().equalsIgnoreCase(title)) return e;
        }
        throw new AssertionError("no search entry titled " + title);
    }
}
