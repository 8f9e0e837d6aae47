package vn.luanchuyen.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.view.Article;
import vn.luanchuyen.view.Pages.CadrePage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ProgrammePage;
import vn.luanchuyen.view.Pages.UnitPage;

/**
 * The search index: one entry per cadre, unit, programme and article, with its title, address,
 * kind and a folded text ("Đặng" → "dang", "Hòa"/"Hoà" alike) that the browser matches against
 * the folded query. Built from the public pages, so it holds nothing they do not show.
 */
final class SearchIndexWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The key of an entry's address: the page it finds. */
    static final String ADDRESS = "u";

    /** The page's entry, if it is a cadre, unit or programme page. */
    static Optional<Map<String, String>> entry(Page p) {
        if (p.page() instanceof CadrePage c) return Optional.of(entry(c.name(), p.path(), "Cán bộ", c.name() + " " + String.join(" ", c.current())));
        if (p.page() instanceof UnitPage u) return Optional.of(entry(u.name(), p.path(), "Đơn vị", u.name()));
        if (p.page() instanceof ProgrammePage g) return Optional.of(entry(g.title(), p.path(), "Văn bản", g.title() + " " + g.issuer()));
        return Optional.empty();
    }

    /**
     * The entries as written, and each one's JSON by the entry object: a page kept from the last
     * build keeps its very entry ({@link PreviousSearch}), so the next build writes those bytes again
     * instead of making them.
     */
    record Written(List<Map<String, String>> entries, Map<Map<String, String>, byte[]> json) {
        static final Written NONE = new Written(List.of(), Map.of());
    }

    /** The index as written, and what the next build takes from it. */
    record Index(byte[] bytes, Written written) {
    }

    /**
     * Writes the entries of the pages and the articles, sorted by address: a JSON array of the
     * entries without spaces, each entry's bytes taken from {@code previous} for the very same entry.
     * The bytes are put together once, in an array of their exact size (nationally 11 MB: a buffer
     * of a guessed size, 24 MB, then copied, made two such arrays, each straight into the old
     * generation).
     */
    Index write(List<Map<String, String>> pageEntries, List<Article> articles, Path file, Written previous) throws IOException {
        List<Map<String, String>> entries = new ArrayList<>(pageEntries);
        for (Article a : articles) {
            entries.add(entry(a.title(), a.uri(), "Bài viết", a.title() + " " + a.summary() + " " + String.join(" ", a.tags())));
        }
        entries.sort(Comparator.comparing((Map<String, String> e) -> e.get(ADDRESS)));
        Map<Map<String, String>, byte[]> json = new java.util.IdentityHashMap<>(entries.size() * 2);
        byte[][] parts = new byte[entries.size()][];
        int size = 2 + Math.max(0, entries.size() - 1); // the brackets and the commas
        for (int i = 0; i < parts.length; i++) {
            Map<String, String> e = entries.get(i);
            byte[] bytes = previous.json().get(e);
            if (bytes == null) bytes = JSON.writeValueAsBytes(e);
            json.put(e, bytes);
            parts[i] = bytes;
            size += bytes.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        out[at++] = '[';
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out[at++] = ',';
            byte[] bytes = parts[i];
            System.arraycopy(bytes, 0, out, at, bytes.length);
            at += bytes.length;
        }
        out[at] = ']';
        java.nio.file.Files.write(file, out);
        return new Index(out, new Written(entries, json));
    }

    private static Map<String, String> entry(String title, String url, String kind, String text) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("t", title);
        e.put(ADDRESS, url);
        e.put("k", kind);
        e.put("f", Fold.key(text));
        return e;
    }
}
