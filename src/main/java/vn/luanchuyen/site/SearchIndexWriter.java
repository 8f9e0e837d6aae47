package vn.luanchuyen.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.view.Article;
import vn.luanchuyen.view.Searchable;

/**
 * The search index: one entry per cadre, unit, programme and article, with its title, address,
 * kind and a folded text ("Đặng" → "dang", "Hòa"/"Hoà" alike) that the browser matches against
 * the folded query. Built from the public pages, so it holds nothing they do not show.
 */
final class SearchIndexWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The search index entry of what a page offers to search. */
    static Map<String, String> entry(Searchable s) {
        return entry(s.title(), s.path(), s.kind(), s.text());
    }

    void write(List<Map<String, String>> pageEntries, List<Article> articles, Path file) throws IOException {
        List<Map<String, String>> entries = new ArrayList<>(pageEntries);
        for (Article a : articles) {
            entries.add(entry(a.title(), a.uri(), "Bài viết", a.title() + " " + a.summary() + " " + String.join(" ", a.tags())));
        }
        entries.sort(Comparator.comparing((Map<String, String> e) -> e.get("u")));
        JSON.writeValue(file.toFile(), entries);
    }

    private static Map<String, String> entry(String title, String url, String kind, String text) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("t", title);
        e.put("u", url);
        e.put("k", kind);
        e.put("f", Fold.key(text));
        return e;
    }
}
