package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opening a page of the site asks nothing of another host: no script, stylesheet, icon, image,
 * frame or media from elsewhere, and no {@code url()} or {@code @import} to elsewhere in the CSS.
 * Links a reader may follow (sources' addresses) are not requests at load and are allowed.
 */
class NoExternalRequestTest {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");
    private static SampleSite site;
    private static Path out;
    private static SiteLinks links;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.copy();
        out = site.build();
        links = new SiteLinks(out, SiteSettings.read(site.root()).host());
    }

    @AfterAll
    static void clean() throws Exception {
        site.close();
    }

    /** An address that is fetched from another host; a link to the site's own public address is not. */
    private static boolean offSite(String address) {
        String a = address.strip();
        return !a.isEmpty() && !a.startsWith("data:") && links.isExternal(a);
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() {
        List<String> found = new ArrayList<>();
        for (String page : SampleSite.htmlFiles(out)) {
            Document doc = SampleSite.parse(out.resolve(page));
            for (Element e : doc.select("script[src], img[src], iframe[src], frame[src], audio[src], video[src], "
                    + "video[poster], source[src], track[src], embed[src], input[src], object[data]")) {
                for (String attr : List.of("src", "poster", "data")) {
                    if (e.hasAttr(attr) && offSite(e.attr(attr))) found.add(page + ": <" + e.tagName() + " " + attr + "=\"" + e.attr(attr) + "\">");
                }
            }
            for (Element e : doc.select("img[srcset], source[srcset]")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (offSite(url)) found.add(page + ": <" + e.tagName() + " srcset> " + url);
                }
            }
            // Stylesheets and icons are fetched; a canonical or feed address must still be the site's own.
            for (Element e : doc.select("link[href]")) {
                if (offSite(e.attr("href"))) found.add(page + ": <link rel=\"" + e.attr("rel") + "\" href=\"" + e.attr("href") + "\">");
            }
            for (Element e : doc.select("style, [style]")) {
                String css = e.is("style") ? e.data() : e.attr("style");
                cssUrls(css).stream().filter(NoExternalRequestTest::offSite).forEach(u -> found.add(page + ": CSS " + u));
            }
        }
        for (String css : SampleSite.files(out).stream().filter(f -> f.endsWith(".css")).toList()) {
            cssUrls(SampleSite.read(out.resolve(css))).stream().filter(NoExternalRequestTest::offSite)
                    .forEach(u -> found.add(css + ": " + u));
        }
        assertThat(found).as("requests to other hosts at page load:%n%s", String.join("\n", found)).isEmpty();
    }

    @Test
    void scriptsAndStylesAreServedFromTheSiteItself() {
        Document search = SampleSite.parse(out.resolve("tim-kiem/index.html"));
        assertThat(search.select("script[src]").eachAttr("src")).containsExactly("../assets/lunr.min.js", "../assets/search.js");
        assertThat(SampleSite.files(out)).contains("assets/lunr.min.js", "assets/search.js", "assets/site.css");
        // The search script fetches the index from the site, by a relative address.
        assertThat(SampleSite.read(out.resolve("assets/search.js"))).contains("fetch(root + \"search-index.json\")")
                .doesNotContainPattern("https?://");
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) urls.add(m.group(1) != null ? m.group(1) : m.group(2));
        return urls;
    }
}
