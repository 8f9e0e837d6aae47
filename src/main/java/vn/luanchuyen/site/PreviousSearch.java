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
    private final Map<String, Map<String, String>> byPage;

    private PreviousSearch(Map<String, Map<String, String>> byPage) {
        this.byPage = byPage;
    }

    /** The entries of the search index a previous build left (its bytes). */
    static PreviousSearch read(byte[] index) throws IOException {
        List<LinkedHashMap<String, String>> entries = JSON.readValue(index, new TypeReference<>() {
        });
        return of(entries);
    }

    /** The entries a build has just written, as the next build would read them back. */
    static PreviousSearch of(List<? extends Map<String, String>> entries) {
        Map<String, Map<String, String>> byPage = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> byPage.put(e.get(SearchIndexWriter.ADDRESS), e));
        return new PreviousSearch(byPage);
    }

    /** The page's entry, if it had one. */
    Optional<Map<String, String>> entry(String page) {
        return Optional.ofNullable(byPage.get(page));
    }
}
