package vn.luanchuyen.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search entries of the previous build's pages, by page: a page kept without being made
 * (its task's inputs unchanged) keeps its entry in the new search index.
 */
final class PreviousSearch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<? extends Map<String, String>> entries;
    /**
     * The entries by page, made the first time one is asked for: a rebuild in the process that
     * wrote them takes most pages' entries with the pages themselves ({@link LastTasks}), and asks
     * for few or none of these (nationally 115,000).
     */
    private volatile Map<String, Map<String, String>> byPage;

    private PreviousSearch(List<? extends Map<String, String>> entries) {
        this.entries = entries;
    }

    /** The entries of the search index a previous build left (its bytes). */
    static PreviousSearch read(byte[] index) throws IOException {
        List<LinkedHashMap<String, String>> entries = JSON.readValue(index, new TypeReference<>() {
        });
        return of(entries);
    }

    /** The entries a build has just written, as the next build would read them back. */
    static PreviousSearch of(List<? extends Map<String, String>> entries) {
        return new PreviousSearch(entries);
    }

    /** The page's entry, if it had one. */
    Optional<Map<String, String>> entry(String page) {
        return Optional.ofNullable(byPage().get(page));
    }

    private Map<String, Map<String, String>> byPage() {
        Map<String, Map<String, String>> made = byPage;
        if (made == null) {
            synchronized (this) {
                made = byPage;
                if (made == null) {
                    made = new HashMap<>(entries.size() * 2);
                    for (Map<String, String> e : entries) made.put(e.get(SearchIndexWriter.ADDRESS), e);
                    byPage = made;
                }
            }
        }
        return made;
    }
}
