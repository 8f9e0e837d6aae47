package vn.luanchuyen.site;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code sitemap.xml} over every page, data pages and articles alike, and {@code robots.txt}. The
 * sitemaps protocol allows {@value #PER_FILE} addresses in a file, so a larger site (a national
 * one has some 180,000 pages) gets {@code sitemap.xml} as an index of {@code sitemap-1.xml},
 * {@code sitemap-2.xml} …, each listing up to that many addresses in order.
 */
final class SitemapWriter {
    static final int PER_FILE = 50_000;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";
    private final SiteSettings settings;

    SitemapWriter(SiteSettings settings) {
        this.settings = settings;
    }

    /** Writes the sitemap files and robots.txt; returns the paths written, from {@code out}. */
    List<String> write(List<String> paths, Path out) throws IOException {
        List<String> sorted = List.copyOf(new TreeSet<>(paths));
        List<String> written = new ArrayList<>();
        if (sorted.size() <= PER_FILE) {
            urls(sorted, out, "sitemap.xml", written);
        } else {
            StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex ").append(NS).append(">\n");
            for (int from = 0, n = 1; from < sorted.size(); from += PER_FILE, n++) {
                String name = "sitemap-" + n + ".xml";
                urls(sorted.subList(from, Math.min(sorted.size(), from + PER_FILE)), out, name, written);
                index.append("  <sitemap><loc>").append(escaped(settings.host() + name)).append("</loc></sitemap>\n");
            }
            index.append("</sitemapindex>\n");
            Files.writeString(out.resolve("sitemap.xml"), index, StandardCharsets.UTF_8);
            written.add("sitemap.xml");
        }
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + settings.host() + "sitemap.xml\n",
                StandardCharsets.UTF_8);
        written.add("robots.txt");
        return written;
    }

    private void urls(List<String> paths, Path out, String name, List<String> written) throws IOException {
        StringBuilder b = new StringBuilder(HEAD).append("<urlset ").append(NS).append(">\n");
        for (String path : paths) {
            b.append("  <url><loc>").append(escaped(settings.host() + path)).append("</loc></url>\n");
        }
        b.append("</urlset>\n");
        Files.writeString(out.resolve(name), b, StandardCharsets.UTF_8);
        written.add(name);
    }

    /** The address escaped for XML; most are printable ASCII with nothing to escape, and are taken as they are. */
    private static String escaped(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') return escapeXml10(address);
        }
        return address;
    }
}
