package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.bench.NationalGenerator;

/**
 * Pages about many moves stay readable and small: a unit's page shows its newest moves and links
 * to a listing of all of them; listings link to a few pages near this one, not to every page; and
 * filter by province, then by the districts of a province; trung ương's page lists the newest
 * bulletins and links to all; more than a thousand cadres are listed by the letter of their given
 * name. On a generated dataset of 110 communes (a province, eight districts, about 1,100 cadres and
 * as many moves, some thirty bulletins).
 */
class LongListingsTest {
    private static TestProject project;
    private static Path out;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.generated(110, 11, NationalGenerator.Scenario.THREE_TIERS);
        out = project.build();
    }

    @AfterAll
    static void remove() throws IOException {
        project.close();
    }

    private static Document page(String path) throws IOException {
        Path file = out.resolve(path).resolve("index.html");
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    /** Site path of a link on a page, as the browser resolves it. */
    private static String target(Element a) {
        return out.toUri().relativize(java.net.URI.create(a.absUrl("href"))).toString();
    }

    private static List<String> rows(Document d) {
        return d.select("table.moves tbody tr").stream().map(Element::text).toList();
    }

    /** Every row of a listing, following its "next" links from the first page. */
    private static List<String> allRows(String listing) throws IOException {
        List<String> rows = new ArrayList<>();
        String path = listing;
        for (int pages = 0; path != null; pages++) {
            assertThat(pages).as("pages of " + listing).isLessThan(1_000);
            Document d = page(path);
            rows.addAll(rows(d));
            Element next = d.selectFirst("nav.pagination a[rel=next]");
            path = next == null ? null : target(next);
        }
        return rows;
    }

    @Test
    void aProvincePageShowsItsNewestMovesAndLinksToAllOfThem() throws IOException {
        Document province = page("don-vi/tinh-1/");
        Element section = province.selectFirst("section[aria-labelledby=luan-chuyen]");
        List<String> shown = rows(Jsoup.parse(section.outerHtml()));
        assertThat(shown).hasSize(50);
        assertThat(section.selectFirst("caption").text()).startsWith("50 lượt mới nhất");
        Element all = section.selectFirst("p.more a");
        Matcher m = Pattern.compile("Xem tất cả ([0-9.]+) lượt").matcher(all.text());
        assertThat(m.matches()).as(all.text()).isTrue();
        int total = Integer.parseInt(m.group(1).replace(".", ""));
        assertThat(total).isGreaterThan(50);
        assertThat(target(all)).isEqualTo("luan-chuyen/don-vi/tinh-1/");
        List<String> listed = allRows(target(all));
        assertThat(listed).hasSize(total);
        assertThat(listed.subList(0, 50)).as("the page shows the first (newest) rows of its listing").isEqualTo(shown);
    }

    @Test
    void trungUongLinksToTheListingOfAllMoves() throws IOException {
        Element all = page("don-vi/trung-uong/").selectFirst("section[aria-labelledby=luan-chuyen] p.more a");
        assertThat(target(all)).isEqualTo("luan-chuyen/");
        assertThat(allRows("luan-chuyen/")).hasSize(Integer.parseInt(all.text().replaceAll("[^0-9]", "")));
    }

    @Test
    void trungUongListsItsNewestBulletinsAndLinksToAllOfThem() throws IOException {
        long files;
        try (Stream<Path> pdfs = Files.list(out.resolve("bulletins"))) {
            files = pdfs.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        assertThat(files).isGreaterThan(20);
        Element section = page("don-vi/trung-uong/").selectFirst("section[aria-labelledby=ban-tin]");
        assertThat(section.select("ul.bulletins li")).hasSize(20);
        Element all = section.selectFirst("p.more a");
        assertThat(all.text()).isEqualTo("Xem tất cả " + files + " bản tin");
        assertThat(target(all)).isEqualTo("ban-tin/");
        assertThat(page("ban-tin/").select("a[href$=.pdf]")).hasSize((int) files);
    }

    @Test
    void everyListingPageLinksToAFewPagesAndMarksItsOwn() throws IOException {
        List<Path> listingPages;
        try (Stream<Path> walk = Files.walk(out.resolve("luan-chuyen"))) {
            listingPages = walk.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        int withGaps = 0;
        for (Path file : listingPages) {
            Document d = Jsoup.parse(file.toFile(), "UTF-8");
            Element nav = d.selectFirst("nav.pagination");
            if (nav == null) continue;
            assertThat(nav.select("a:not([rel])")).as(file.toString()).hasSizeBetween(2, 7);
            assertThat(nav.select("a[aria-current=page]")).as(file.toString()).hasSize(1);
            if (!nav.select("span.gap").isEmpty()) withGaps++;
        }
        assertThat(withGaps).as("some listing is long enough to leave pages out").isPositive();
    }

    @Test
    void listingsFilterByProvinceThenByItsDistricts() throws IOException {
        List<String> top = page("luan-chuyen/").select("nav.filters p").stream()
                .filter(p -> p.text().startsWith("Địa bàn")).findFirst().orElseThrow()
                .select("a").stream().map(LongListingsTest::target).toList();
        assertThat(top).isNotEmpty().allMatch(t -> t.matches("luan-chuyen/don-vi/tinh-[0-9]+/"));
        List<String> inDistrict = page("luan-chuyen/don-vi/huyen-1/").select("nav.filters p").stream()
                .filter(p -> p.text().startsWith("Địa bàn")).findFirst().orElseThrow()
                .select("a").stream().map(LongListingsTest::target).toList();
        assertThat(inDistrict.get(0)).isEqualTo("luan-chuyen/don-vi/tinh-1/");
        assertThat(inDistrict.subList(1, inDistrict.size())).contains("luan-chuyen/don-vi/huyen-1/")
                .allMatch(t -> t.matches("luan-chuyen/don-vi/huyen-[0-9]+/"));
    }

    @Test
    void moreThanAThousandCadresAreListedByLetterEachLinkingToItsPage() throws IOException {
        Document first = page("can-bo/");
        List<Element> letters = first.select("nav.letters a");
        assertThat(letters).hasSizeGreaterThan(3);
        assertThat(first.select("ul.people")).as("the first page lists letters, not cadres").isEmpty();
        int counted = 0;
        int listed = 0;
        for (Element letter : letters) {
            counted += Integer.parseInt(letter.nextElementSibling().text().replace(".", ""));
            Document list = page(target(letter));
            assertThat(list.select("nav.letters a[aria-current=page]")).extracting(Element::text).containsExactly(letter.text());
            assertThat(list.select("header.site nav a[aria-current=page]")).extracting(Element::text).containsExactly("Cán bộ");
            for (Element cadre : list.select("ul.people li > a")) {
                assertThat(out.resolve(target(cadre)).resolve("index.html")).as(cadre.text()).isRegularFile();
                listed++;
            }
        }
        long cadrePages;
        try (var files = Files.list(out.resolve("can-bo"))) {
            cadrePages = files.filter(Files::isDirectory).count();
        }
        assertThat(counted).isEqualTo(listed).isEqualTo((int) cadrePages).isGreaterThan(1_000);
    }
}
