package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestRepository;

/**
 * The public changes page names each changed record as a reader knows it: a cadre by name, an
 * achievement or a source by its title, never by its id.
 */
class ChangesPageTest {
    @Test
    void recordsWithoutAPageOfTheirOwnAreNamedByTheirTitle() throws Exception {
        try (SampleSite site = SampleSite.copy(); TestRepository repo = TestRepository.committed(site.root())) {
            site.replace("data/achievements/gia-nghia.yaml", "title: Chi bộ của phường họp đủ kỳ, đúng lịch",
                    "title: Chi bộ của phường họp đủ kỳ, đúng lịch, có biên bản");
            repo.commit("Sửa thành tích của phường Nghĩa Phú");
            String page = Files.readString(site.build().resolve("thay-doi/index.html"), StandardCharsets.UTF_8);
            assertThat(page).contains("Sửa thành tích của phường Nghĩa Phú")
                    .contains("Chi bộ của phường họp đủ kỳ, đúng lịch, có biên bản")
                    .doesNotContain("nghia-phu-chi-bo-sinh-hoat");
        }
    }
}
