package vn.luanchuyen.view;

import java.util.List;
import java.util.TreeSet;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Origin;

/**
 * The data files a page's records come from, sorted: the page says when they last changed and in
 * which commit. A page whose files did not change in a commit keeps its bytes, so a commit
 * re-renders only the pages of the records it touched, not the whole site.
 *
 * <pre>{@code
 * List<String> files = new RecordFiles(ctx).unit(u.id()).moves(shown).list();
 * }</pre>
 */
final class RecordFiles {
    private final ViewContext ctx;
    private final TreeSet<String> files = new TreeSet<>();

    RecordFiles(ViewContext ctx) {
        this.ctx = ctx;
    }

    RecordFiles origin(Origin origin) {
        if (origin != null && origin.file() != null) files.add(origin.file());
        return this;
    }

    /** The unit's own file (its name, parents and events). */
    RecordFiles unit(String id) {
        if (id != null) ctx.unit(id).ifPresent(u -> origin(u.origin()));
        return this;
    }

    /** Each move's cadre, and the units it left and joined. */
    RecordFiles moves(List<Move> moves) {
        for (Move m : moves) {
            origin(m.to().origin());
            unit(m.to().unit());
            if (m.from() != null) unit(m.from().unit());
        }
        return this;
    }

    List<String> list() {
        return List.copyOf(files);
    }
}
