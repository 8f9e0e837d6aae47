package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every internal address of the built sample leads somewhere: links, stylesheets, scripts and
 * forms of every page (with {@code ../}, folder addresses, percent-encoded Unicode file names
 * and {@code #fragments} that must name an {@code id} of the target page), the canonical and Open
 * Graph addresses, the search index, the feed, robots.txt and the sitemap, which lists every page
 * made from data and every article.
 */
class LinkCheckTest {
    private static SampleSite site;
    private static Path out;
    private static SiteLinks links;
    private static String host;
    private static final Map<Path, Document> PARSED = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.copy();
        out = site.build();
        host = SiteSettings.read(site.root()).host();
        links = new SiteLinks(out, host);
    }

    @AfterAll
    static void clean() throws Exception {
        site.close();
    }

    private static Document page(Path file) {
        return PARSED.computeIfAbsent(file, SampleSite::parse);
    }

    /** "" when the address leads to a file (and to an element with the fragment as id), else what is wrong. */
    private static String problem(String page, String href) {
        SiteLinks.Target t = links.resolve(page, href);
        if (!t.ok()) return t.problem();
        if (!t.fragment().isEmpty() && t.file().toString().endsWith(".html") && page(t.file()).getElementById(t.fragment()) == null) {
            return "no element with id \"" + t.fragment() + "\" in " + out.relativize(t.file());
        }
        return "";
    }

    @Test
    void everyInternalAddressInEveryPageLeadsToAFile() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : SampleSite.htmlFiles(out)) {
            Document doc = page(out.resolve(page));
            for (Element e : doc.select("[href], [src], form[action], meta[property=og:url]")) {
                for (String attr : List.of("href", "src", "action", "content")) {
                    if (!e.hasAttr(attr) || (attr.equals("content") && !e.is("meta"))) continue;
                    String href = e.attr(attr);
                    if (links.isExternal(href)) continue;
                    checked++;
                    String problem = problem(page, href);
                    if (!problem.isEmpty()) broken.add(page + ": <" + e.tagName() + " " + attr + "=\"" + href + "\">: " + problem);
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(broken).as("broken internal addresses:%n%s", String.join("\n", broken)).isEmpty();
    }

    @Test
    void theCheckerSeesBrokenAddresses() {
        assertThat(problem("can-bo/index.html", "../don-vi/vo-nhai/#lanh-dao")).isEmpty();
        assertThat(problem("can-bo/index.html", "../don-vi/khong-co/")).startsWith("no such file");
        assertThat(problem("can-bo/index.html", "../don-vi/vo-nhai/#khong-co")).startsWith("no element with id");
        assertThat(problem("can-bo/index.html", "../don-vi/vo-nhai")).isEqualTo("folder address without a final /");
        assertThat(problem("can-bo/index.html", "../../../etc/passwd")).isEqualTo("leads outside the site");
        assertThat(problem("index.html", "can-bo/nguy%65n-hong-son/#qua-trinh")).isEmpty();
        assertThat(SiteLinks.decode("chu-de/V%C3%B5-Nhai.html")).isEqualTo("chu-de/Võ-Nhai.html");
    }

    @Test
    void everyEntryOfTheSearchIndexLeadsToAPage() throws Exception {
        JsonNode index = new ObjectMapper().readTree(out.resolve("search-index.json").toFile());
        List<String> broken = new ArrayList<>();
        for (JsonNode entry : index) {
            // search.js links each result as "../" + u from tim-kiem/.
            String problem = problem("tim-kiem/index.html", "../" + entry.get("u").asText());
            if (!problem.isEmpty()) broken.add(entry.get("u").asText() + ": " + problem);
        }
        assertThat(index.size()).isGreaterThan(40);
        assertThat(broken).as("search results that lead nowhere").isEmpty();
    }

    @Test
    void everyAddressOfTheFeedAndRobotsLeadsToAFile() {
        Document feed = Jsoup.parse(SampleSite.read(out.resolve("feed.xml")), "", Parser.xmlParser());
        List<String> addresses = new ArrayList<>(feed.select("link").eachAttr("href"));
        addresses.addAll(feed.select("id").eachText());
        String robots = SampleSite.read(out.resolve("robots.txt"));
        addresses.add(robots.lines().filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow().substring(9));
        assertThat(addresses).hasSizeGreaterThan(8).allSatisfy(a -> {
            assertThat(a).startsWith(host);
            assertThat(problem("index.html", a)).as(a).isEmpty();
        });
    }

    @Test
    void sitemapLeadsToFilesAndListsEveryDataPageAndArticle() {
        Document sitemap = Jsoup.parse(SampleSite.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        List<String> broken = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (String loc : locs) {
            String problem = problem("index.html", loc);
            if (!problem.isEmpty()) broken.add(loc + ": " + problem);
            else listed.add(out.relativize(links.resolve("index.html", loc).file()).toString());
        }
        assertThat(broken).as("sitemap addresses that lead nowhere").isEmpty();
        assertThat(locs).doesNotHaveDuplicates();

        // Every page but "not found": pages made from data, articles and their archive.
        List<String> expected = SampleSite.htmlFiles(out).stream().filter(f -> !f.equals("404.html")).toList();
        assertThat(expected).contains("index.html", "can-bo/nguyen-hong-son/index.html", "don-vi/cuc-duong/index.html",
                "luan-chuyen/huong/ve-co-so/index.html", "bai-viet/index.html",
                "bai-viet/hoan-doi-vi-tri-de-ren-can-bo-o-vo-nhai.html");
        assertThat(listed).as("pages missing from sitemap.xml").containsAll(expected);
        assertThat(listed).doesNotContain("404.html");
    }
}
