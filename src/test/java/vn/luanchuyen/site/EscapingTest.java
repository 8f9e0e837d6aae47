package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text from data is only ever text: a copy of the sample where a cadre's name, a note and a
 * unit's name hold markup, a Freemarker interpolation and a Freemarker directive builds, and
 * shows them escaped in HTML, unevaluated, and as JSON strings in the JSON-LD and search index.
 */
class EscapingTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String PAYLOAD = SCRIPT + " ${7*7} <#if true>x</#if>";
    /** A name that also tries to leave an attribute value. */
    private static final String NAME = "Nguyễn \" onmouseover=\"alert(2)\" " + PAYLOAD + " Sơn";
    private static final String NOTE = "Ghi chú " + PAYLOAD;
    private static final String UNIT = "Cúc " + PAYLOAD + " Đường";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleSite site;
    private static Path out;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.copy()
                .replace("data/cadres/nguyen-hong-son.yaml", "name: Nguyễn Hồng Sơn", "name: '" + NAME + "'")
                .replace("data/cadres/nguyen-hong-son.yaml", "note: Được Đại hội Đảng bộ xã bầu sau khoảng ba tháng về xã.",
                        "note: '" + NOTE + "'")
                .replace("data/units/thai-nguyen/vo-nhai.yaml", "name: Cúc Đường", "name: '" + UNIT + "'");
        out = site.build();
    }

    @AfterAll
    static void clean() throws Exception {
        site.close();
    }

    private static List<String> textFiles() {
        // .luanchuyen/ holds build records (hexadecimal fingerprints, in which "49" may well occur), not rendered text
        return SampleSite.files(out).stream().filter(f -> f.matches(".*\\.(html|json|xml|txt)") && !f.startsWith(".luanchuyen/")).toList();
    }

    @Test
    void markupFromDataIsNeverMarkupInAnyPage() {
        List<String> problems = new ArrayList<>();
        int shown = 0;
        for (String page : SampleSite.htmlFiles(out)) {
            String html = SampleSite.read(out.resolve(page));
            Document doc = SampleSite.parse(out.resolve(page));
            for (Element script : doc.select("script")) {
                boolean jsonLd = script.attr("type").equals("application/ld+json");
                if (!jsonLd && script.data().contains("alert(")) problems.add(page + ": a script element runs " + script.data());
                if (!jsonLd && !script.hasAttr("src")) problems.add(page + ": an inline script " + script.outerHtml());
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) problems.add(page + ": <" + e.tagName() + " " + a + ">");
                }
                if (e != doc && e.tagName().startsWith("#")) problems.add(page + ": an element <" + e.tagName() + ">");
            }
            // Outside JSON-LD (checked below as JSON), every "alert(1)" is in the escaped text "&lt;script&gt;alert(1)&lt;/script&gt;".
            String outsideJsonLd = html.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
            for (String raw : List.of("<#if", "</#if>", "<script>alert", "\" onmouseover=")) {
                if (outsideJsonLd.contains(raw)) problems.add(page + ": unescaped " + raw);
            }
            int all = count(outsideJsonLd, "alert(1)");
            int escaped = count(outsideJsonLd, "&lt;script&gt;alert(1)&lt;/script&gt;");
            if (all != escaped) problems.add(page + ": " + (all - escaped) + " \"alert(1)\" not escaped as text");
            shown += escaped;
        }
        assertThat(problems).as("markup from data in pages:%n%s", String.join("\n", problems)).isEmpty();
        assertThat(shown).as("the escaped payload is shown").isGreaterThan(20);
    }

    @Test
    void thePayloadReadsAsTextWhereTheDataIsShown() {
        Document cadre = SampleSite.parse(out.resolve("can-bo/nguyen-hong-son/index.html"));
        assertThat(cadre.selectFirst("h1").text()).isEqualTo(NAME);
        assertThat(cadre.title()).startsWith(NAME);
        assertThat(cadre.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(NAME);
        assertThat(cadre.select(".timeline .note").eachText()).contains(NOTE);
        assertThat(cadre.select(".timeline .post").eachText()).anySatisfy(p -> assertThat(p).contains(UNIT));

        Document unit = SampleSite.parse(out.resolve("don-vi/cuc-duong/index.html"));
        assertThat(unit.selectFirst("h1").text()).containsIgnoringCase("xã " + UNIT);
        assertThat(unit.select("a[href='../../can-bo/nguyen-hong-son/']").eachText()).contains(NAME);
        Document cadres = SampleSite.parse(out.resolve("can-bo/index.html"));
        assertThat(cadres.select(".people a").eachText()).contains(NAME);
    }

    @Test
    void freemarkerInDataIsNeverEvaluated() {
        for (String file : textFiles()) {
            assertThat(SampleSite.read(out.resolve(file))).as(file).doesNotContain("49");
        }
        assertThat(SampleSite.parse(out.resolve("can-bo/nguyen-hong-son/index.html")).text()).contains("${7*7} <#if true>x</#if>");
    }

    @Test
    void jsonLdCarriesThePayloadAsAJsonString() throws Exception {
        JsonNode person = jsonLd("can-bo/nguyen-hong-son/index.html");
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("name").asText()).isEqualTo(NAME);
        JsonNode organisation = jsonLd("don-vi/cuc-duong/index.html");
        assertThat(organisation.get("areaServed").get("name").asText()).containsIgnoringCase(UNIT);
        for (String page : SampleSite.htmlFiles(out)) {
            String html = SampleSite.read(out.resolve(page));
            int start = html.indexOf("<script type=\"application/ld+json\">");
            if (start < 0) continue;
            String body = html.substring(start + 35, html.indexOf("</script>", start));
            assertThat(body).as("%s: JSON-LD never holds '<'", page).doesNotContain("<");
            JSON.readTree(body);
        }
    }

    @Test
    void searchIndexCarriesThePayloadAsJsonStrings() throws Exception {
        JsonNode index = JSON.readTree(out.resolve("search-index.json").toFile());
        List<String> titles = new ArrayList<>();
        index.forEach(e -> titles.add(e.get("t").asText()));
        assertThat(titles).contains(NAME).anySatisfy(t -> assertThat(t).containsIgnoringCase(UNIT));
    }

    private static JsonNode jsonLd(String page) throws Exception {
        Element script = SampleSite.parse(out.resolve(page)).selectFirst("script[type=application/ld+json]");
        assertThat(script).as("%s has JSON-LD", page).isNotNull();
        return JSON.readTree(script.data());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }
}
