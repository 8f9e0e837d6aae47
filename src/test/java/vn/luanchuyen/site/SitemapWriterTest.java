package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitemaps protocol's limit of 50,000 addresses a file: a national site's sitemap is an index of several. */
class SitemapWriterTest {
    private static final String HOST = "https://luanchuyen.example.vn/";
    @TempDir
    Path out;

    private Document read(String file) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    @Test
    void aSmallSiteHasOneSitemap() throws IOException {
        List<String> written = new SitemapWriter(new SiteSettings(HOST, "Thử")).write(List.of("can-bo/b/", "", "can-bo/a/"), out);
        assertThat(written).containsExactly("sitemap.xml", "robots.txt");
        assertThat(read("sitemap.xml").select("urlset > url > loc").eachText())
                .containsExactly(HOST, HOST + "can-bo/a/", HOST + "can-bo/b/");
        assertThat(out.resolve("robots.txt")).content(StandardCharsets.UTF_8).contains("Sitemap: " + HOST + "sitemap.xml");
    }

    @Test
    void moreThanFiftyThousandPagesAreSplitInOrderBehindAnIndex() throws IOException {
        List<String> paths = IntStream.range(0, 2 * SitemapWriter.PER_FILE + 7).mapToObj(i -> String.format("can-bo/cb-%06d/", i)).toList();
        List<String> shuffled = new ArrayList<>(paths);
        java.util.Collections.reverse(shuffled);
        List<String> written = new SitemapWriter(new SiteSettings(HOST, "Thử")).write(shuffled, out);

        assertThat(written).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml", "robots.txt");
        Document index = read("sitemap.xml");
        assertThat(index.select("urlset")).isEmpty();
        assertThat(index.select("sitemapindex > sitemap > loc").eachText())
                .containsExactly(HOST + "sitemap-1.xml", HOST + "sitemap-2.xml", HOST + "sitemap-3.xml");
        List<String> listed = new ArrayList<>();
        for (String part : List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")) {
            List<String> locs = read(part).select("urlset > url > loc").eachText();
            assertThat(locs.size()).as(part).isLessThanOrEqualTo(SitemapWriter.PER_FILE);
            listed.addAll(locs);
        }
        assertThat(listed).containsExactlyElementsOf(paths.stream().map(p -> HOST + p).toList());
    }
}
