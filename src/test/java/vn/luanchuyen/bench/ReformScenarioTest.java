package vn.luanchuyen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEventKind;

/**
 * The generator's second scenario, the country through the reform of 1 July 2025, on 180
 * communes: twelve districts in two provinces, the second merged into the first; the communes
 * merged three or four into one, right under the province; the new communes' key posts filled by
 * transfer. The data passes {@code check}, and the site shows the new communes as communes.
 */
class ReformScenarioTest {
    private static final PartialDate REFORM_DAY = PartialDate.of(java.time.LocalDate.of(2025, 7, 1));
    private static TestProject project;
    private static NationalGenerator.Summary summary;
    private static Checked checked;
    private static Path out;

    @BeforeAll
    static void generateAndBuild() throws IOException {
        project = TestProject.temporary();
        summary = new NationalGenerator(5).write(project.root(), 180, NationalGenerator.Scenario.REFORM);
        project.withTemplates();
        checked = Checked.of(project.root());
        out = project.build();
    }

    @AfterAll
    static void remove() throws IOException {
        project.close();
    }

    private static Map<String, Unit> units() {
        return checked.data().units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }

    private static List<Unit> newCommunes() {
        return checked.data().units().stream().filter(u -> u.id().startsWith("xa-moi-")).toList();
    }

    @Test
    void theDataPassesCheckWithTheCountsOfTheReform() {
        assertThat(checked.diagnostics()).isEmpty();
        assertThat(summary.provinces()).isEqualTo(2);
        assertThat(summary.districts()).isEqualTo(12);
        // districts 3, 6, 9 and 12 make four new communes of their fifteen, the others five
        assertThat(summary.communesAfter()).isEqualTo(4 * 4 + 8 * 5).isEqualTo(newCommunes().size());
        assertThat(summary.provincesAfter()).isEqualTo(1);
        Unit merged = units().get("tinh-2");
        assertThat(merged.validTo()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 6, 30)));
        assertThat(merged.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(UnitEventKind.MERGED_INTO);
            assertThat(e.into()).isEqualTo("tinh-1");
        });
        assertThat(units().get("tinh-1").validTo()).isNull();
    }

    @Test
    void everyOldCommuneIsMergedIntoANewCommuneRightUnderTheProvince() {
        Map<String, Unit> units = units();
        List<Unit> old = checked.data().units().stream().filter(u -> u.id().matches("xa-\\d+")).toList();
        assertThat(old).hasSize(180).allSatisfy(u -> {
            assertThat(u.validTo()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 6, 30)));
            assertThat(u.events()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(UnitEventKind.MERGED_INTO);
                assertThat(e.date()).isEqualTo(REFORM_DAY);
                assertThat(units.get(e.into()).id()).startsWith("xa-moi-");
            });
        });
        Map<String, Long> mergedInto = old.stream().collect(Collectors.groupingBy(u -> u.events().get(0).into(), Collectors.counting()));
        assertThat(mergedInto.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));
        assertThat(newCommunes()).allSatisfy(u -> {
            assertThat(u.validFrom()).isEqualTo(REFORM_DAY);
            assertThat(u.parents()).singleElement().satisfies(p -> assertThat(p.unit()).isEqualTo("tinh-1"));
        });
    }

    /** Each key post of a new commune has one holder from 1 July 2025, who held that post in a commune merged into it. */
    @Test
    void theKeyPostsOfEachNewCommuneGoByTransferToHoldersOfTheMergedCommunes() {
        Map<String, Unit> units = units();
        List<Tenure> after = checked.data().cadres().stream().flatMap(c -> c.tenures().stream())
                .filter(t -> t.unit().startsWith("xa-moi-")).toList();
        assertThat(after).hasSize(4 * newCommunes().size());
        assertThat(after.stream().collect(Collectors.groupingBy(t -> t.unit() + " " + t.post(), Collectors.counting())).values())
                .hasSize(after.size());
        for (Cadre c : checked.data().cadres()) {
            List<Tenure> tenures = c.tenures();
            Tenure last = tenures.get(tenures.size() - 1);
            if (!last.unit().startsWith("xa-moi-")) continue;
            Tenure before = tenures.get(tenures.size() - 2);
            assertThat(last.from()).isEqualTo(REFORM_DAY);
            assertThat(last.to()).isNull();
            assertThat(before.to()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 6, 30)));
            assertThat(before.post()).isEqualTo(last.post());
            assertThat(units.get(before.unit()).events().get(0).into()).as(c.id()).isEqualTo(last.unit());
        }
    }

    @Test
    void aMoveFromAnOldCommuneIntoTheNewOneIsLateral() {
        List<Move> reform = new Derived(checked.data()).moves().stream().filter(m -> REFORM_DAY.equals(m.date())).toList();
        assertThat(reform).hasSize(4 * newCommunes().size())
                .allSatisfy(m -> assertThat(m.direction()).as(m.cadre()).isEqualTo(Direction.LATERAL));
    }

    /**
     * A district's bulletin of 2025 tells the transfers into the new communes as lateral moves,
     * after the 36 months its holders held their posts (1 July 2022 to 30 June 2025).
     */
    @Test
    void theDistrictsBulletinOf2025TellsTheTransfersIntoTheNewCommunes() throws IOException {
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("bulletins/huyen-1-2025.pdf").toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("luân chuyển ngang").contains("sau 36 tháng giữ chức vụ").doesNotContain("sau 35 tháng")
                .contains("từ ngày 01/07/2025");
    }

    /**
     * Once its communes sit right under it, the province has bulletins of its own: the first from
     * 1 July 2025 to the year's end, telling the new communes' holders, and none before that day.
     */
    @Test
    void theProvinceHasABulletinFromTheDayItsCommunesSitRightUnderIt() throws IOException {
        List<vn.luanchuyen.bulletin.BulletinSpec> specs = new vn.luanchuyen.bulletin.BulletinCatalog().specs(checked.data());
        vn.luanchuyen.bulletin.BulletinSpec spec = specs.stream().filter(s -> s.unit().equals("tinh-1")).findFirst().orElseThrow();
        assertThat(specs).filteredOn(s -> s.unit().startsWith("tinh-")).containsExactly(spec);
        assertThat(spec.fileName()).isEqualTo("tinh-1-2025.pdf");
        assertThat(spec.kind()).isEqualTo(vn.luanchuyen.bulletin.BulletinSpec.PROVINCE_YEAR);
        assertThat(spec.from()).isEqualTo(REFORM_DAY);
        assertThat(spec.to()).isEqualTo(PartialDate.of(java.time.LocalDate.of(2025, 12, 31)));
        String name = units().get("tinh-1").name();
        assertThat(spec.title()).isEqualTo("Luân chuyển cán bộ ở tỉnh " + name + " từ ngày 01/07/2025 đến ngày 31/12/2025");
        // the districts' bulletins stop with them
        assertThat(specs).filteredOn(s -> s.unit().startsWith("huyen-")).allSatisfy(s -> assertThat(s.to().year()).isLessThanOrEqualTo(2025));

        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("bulletins/tinh-1-2025.pdf").toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(name).contains("từ ngày 01/07/2025").contains("luân chuyển ngang");
        // every move it lists is a transfer into a new commune on the day of the reform
        java.util.regex.Matcher dates = java.util.regex.Pattern.compile("\\b(\\d{2}/\\d{2}/(\\d{4}))\\b").matcher(text);
        List<String> years = dates.results().map(m -> m.group(2)).distinct().toList();
        assertThat(years).containsOnly("2025");
        Document list = page("ban-tin");
        assertThat(list.select("a[href$=tinh-1-2025.pdf]")).isNotEmpty();
        assertThat(list.select("main p").first().text()).contains("từ ngày 01/07/2025").contains("mỗi tỉnh mỗi năm một bản");
    }

    private static Document page(String path) throws IOException {
        Path file = out.resolve(path).resolve("index.html");
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    @Test
    void theSiteShowsTheNewCommunesAsCommunesUnderTheProvince() throws IOException {
        List<String> districts = page("").select("#dia-phuong ~ ul a").eachText();
        assertThat(districts).hasSize(12).noneMatch(name -> name.startsWith("xã") || name.startsWith("phường"));

        // the province lists its communes in force first, then its districts that ended
        Element province = page("don-vi").select("ul.tree > li > ul.tree > li").stream()
                .filter(li -> li.child(0).attr("href").contains("tinh-1/")).findFirst().orElseThrow();
        List<String> children = province.select("> ul.tree > li > a").eachAttr("href");
        int firstDistrict = (int) children.stream().takeWhile(h -> !h.contains("huyen-")).count();
        assertThat(firstDistrict).isEqualTo(newCommunes().size());
        assertThat(children.subList(firstDistrict, children.size())).allMatch(h -> h.contains("huyen-"));

        String into = units().get("xa-1").events().get(0).into();
        Document old = page("don-vi/xa-1");
        assertThat(old.select("ul.events a").eachAttr("href")).singleElement().asString().endsWith(into + "/");
        Document made = page("don-vi/" + into);
        assertThat(made.select("nav.breadcrumbs a").eachText()).hasSize(2).last().asString().contains(units().get("tinh-1").name());
        assertThat(Files.exists(out.resolve("bulletins"))).isTrue();
        try (var bulletins = Files.list(out.resolve("bulletins"))) {
            assertThat(bulletins.map(p -> p.getFileName().toString())).isNotEmpty().noneMatch(n -> n.contains("xa-moi"));
        }
    }
}
