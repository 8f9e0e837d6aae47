package vn.luanchuyen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.ChangeKind;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.view.Pages.ChangesPage;

/**
 * The site-wide changes page and its feed stay a readable size however long the history: a
 * national dataset's first commit alone adds more than 100,000 records (the page was 72 MB, the
 * feed 79 MB). Each record's own page keeps its whole history.
 */
class ChangePagesTest {

    private static RecordChange added(int i) {
        Commit commit = new Commit("%040d".formatted(i), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(3600L * i), "Ban Tổ chức",
                "Thêm hồ sơ số " + i);
        return new RecordChange(commit, "data/cadres/cb-" + i + ".yaml",
                List.of(new Change("cadres", "cb-" + i, ChangeKind.ADDED, "Cán bộ " + i, "")));
    }

    @Test
    void thePageListsTheNewestFiveHundredAndTheFeedTheNewestFifty() {
        History history = new History(added(1_199).commit(), "", Map.of(), IntStream.range(0, 1_200).mapToObj(ChangePagesTest::added).toList());
        ChangesPage page = new ChangePages(new ViewContext(Dataset.empty(), List.of(), history, List.of())).record();
        assertThat(page.entries()).hasSize(ChangePages.SHOWN).first().satisfies(e -> assertThat(e.message()).isEqualTo("Thêm hồ sơ số 1199"));
        assertThat(page.entries().get(ChangePages.SHOWN - 1).message()).isEqualTo("Thêm hồ sơ số 700");
        assertThat(page.total()).isEqualTo("1.200");
        assertThat(page.more()).isTrue();
        ChangesPage feed = ChangePages.feed(page);
        assertThat(feed.entries()).hasSize(ChangePages.IN_FEED).isEqualTo(page.entries().subList(0, ChangePages.IN_FEED));
    }

    @Test
    void aShortHistoryIsListedWhole() {
        History history = new History(added(9).commit(), "", Map.of(), IntStream.range(0, 10).mapToObj(ChangePagesTest::added).toList());
        ChangesPage page = new ChangePages(new ViewContext(Dataset.empty(), List.of(), history, List.of())).record();
        assertThat(page.entries()).hasSize(10);
        assertThat(page.more()).isFalse();
        assertThat(ChangePages.feed(page).entries()).hasSize(10);
    }
}
