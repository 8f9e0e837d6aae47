package vn.luanchuyen.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.publish.Redactor;
import vn.luanchuyen.view.Rows.MoveRow;

/**
 * A move's table row is made once per build and shown as that one row by every page that lists
 * the move (about six listings and its cadre's and units' pages nationally); another build makes
 * its own, equal.
 */
class MoveRowsTest {

    @Test
    void aMoveHasOneRowPerBuildWhicheverPageAsksForIt() {
        Dataset sample = new Redactor().publicView(Checked.of(Path.of(".")).data());
        ViewContext build = new ViewContext(sample, List.of(), History.none(""), List.of());
        List<Move> moves = build.moves();
        assertThat(moves).hasSizeGreaterThan(5);
        List<MoveRow> listing = new MoveRows(build).of(moves);
        List<MoveRow> cadrePage = new MoveRows(build).of(moves.subList(2, 5));
        for (int i = 0; i < 3; i++) assertThat(cadrePage.get(i)).isSameAs(listing.get(i + 2));

        ViewContext next = new ViewContext(sample, List.of(), History.none(""), List.of());
        List<MoveRow> again = new MoveRows(next).of(next.moves());
        assertThat(again).isEqualTo(listing);
        assertThat(again.get(0)).isNotSameAs(listing.get(0));
        assertThat(listing.get(0).cadre().text()).isNotBlank();
    }
}
