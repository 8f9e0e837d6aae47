package vn.luanchuyen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.view.Rows.Pagination;

/** The links of a paginated listing: the first, the last and the pages near this one, with gaps between. */
class PaginationTest {

    private static List<String> texts(Pagination p) {
        return p.shown().stream().map(Link::text).toList();
    }

    @Test
    void aPageInTheMiddleOfALongListLinksToItsNeighboursAndBothEnds() {
        Pagination p = MovePages.pagination("luan-chuyen/", 10, 225);
        assertThat(texts(p)).containsExactly("1", "…", "8", "9", "10", "11", "12", "…", "225");
        assertThat(p.shown().get(1).href()).as("a gap links nowhere").isEmpty();
        assertThat(p.shown().get(0).href()).isEqualTo("luan-chuyen/");
        assertThat(p.shown().get(2).href()).isEqualTo("luan-chuyen/trang-8/");
        assertThat(p.previous().href()).isEqualTo("luan-chuyen/trang-9/");
        assertThat(p.next().href()).isEqualTo("luan-chuyen/trang-11/");
    }

    @Test
    void theEndsHaveNoPreviousOrNextAndOneGap() {
        Pagination first = MovePages.pagination("x/", 1, 225);
        assertThat(texts(first)).containsExactly("1", "2", "3", "…", "225");
        assertThat(first.previous()).isNull();
        Pagination last = MovePages.pagination("x/", 225, 225);
        assertThat(texts(last)).containsExactly("1", "…", "223", "224", "225");
        assertThat(last.next()).isNull();
    }

    @Test
    void aGapStandsOnlyForPagesLeftOut() {
        assertThat(texts(MovePages.pagination("x/", 4, 7))).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(texts(MovePages.pagination("x/", 5, 9))).containsExactly("1", "…", "3", "4", "5", "6", "7", "…", "9");
        assertThat(texts(MovePages.pagination("x/", 1, 1))).containsExactly("1");
    }

    @Test
    void theNumberOfLinksDoesNotGrowWithTheListing() {
        for (int pages : new int[] {10, 1_000, 100_000}) {
            for (int page : new int[] {1, 2, pages / 2, pages - 1, pages}) {
                assertThat(MovePages.pagination("x/", page, pages).shown()).hasSizeLessThanOrEqualTo(2 * MovePages.NEAR + 5);
            }
        }
    }
}
