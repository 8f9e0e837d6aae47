package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index is the JSON array of its entries sorted by address, byte for byte what
 * Jackson writes for the whole list, whether each entry's JSON is made now or taken from the last
 * build for the very same entry.
 */
class SearchIndexWriterTest {
    @TempDir
    Path dir;

    private static Map<String, String> entry(String title, String address) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("t", title);
        e.put(SearchIndexWriter.ADDRESS, address);
        e.put("k", "Cán bộ");
        e.put("f", title.toLowerCase());
        return e;
    }

    @Test
    void entriesTakenFromTheLastBuildGiveTheSameBytesAsWrittenWhole() throws IOException {
        List<Map<String, String>> first = new ArrayList<>(List.of(entry("Đặng Thị \"Hoà\" <b>", "can-bo/b/"),
                entry("Nguyễn Văn A \\ \u0001 </script>", "can-bo/a/"), entry("Lò Văn Ửng", "don-vi/x/")));
        Path file = dir.resolve("search-index.json");
        SearchIndexWriter.Index index = new SearchIndexWriter().write(first, List.of(), file, SearchIndexWriter.Written.NONE);
        SearchIndexWriter.Written written = index.written();
        List<Map<String, String>> sorted = List.of(first.get(1), first.get(0), first.get(2));
        assertThat(written.entries()).containsExactlyElementsOf(sorted);
        assertThat(file).hasBinaryContent(new ObjectMapper().writeValueAsBytes(sorted));

        // the next build: two entries kept as the same objects, one edited, one new
        List<Map<String, String>> next = new ArrayList<>(List.of(first.get(0), entry("Nguyễn Văn Á", "can-bo/a/"), first.get(2),
                entry("Hà Giang", "don-vi/ha-giang/")));
        new SearchIndexWriter().write(next, List.of(), file, written);
        byte[] taken = Files.readAllBytes(file);
        new SearchIndexWriter().write(next, List.of(), file, SearchIndexWriter.Written.NONE);
        assertThat(taken).isEqualTo(Files.readAllBytes(file));
        assertThat(new String(taken, java.nio.charset.StandardCharsets.UTF_8)).startsWith("[{\"t\":\"Nguyễn Văn Á\"")
                .contains("\"Đặng Thị \\\"Hoà\\\" <b>\"").doesNotContain("Nguyễn Văn A ");
    }
}
