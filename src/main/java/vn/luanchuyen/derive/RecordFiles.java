package vn.luanchuyen.derive;

import java.util.List;
import java.util.HashSet;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Origin;

/**
 * The data files a page's or a bulletin's records come from, in no particular order: it names
 * the commit that last changed them ({@code History.lastChange}, which the order does not sway). A page or bulletin whose files did not change in a commit keeps its bytes,
 * so a commit re-renders only what shows the records it touched, not the whole site.
 *
 * <pre>{@code
 * List<String> files = new RecordFiles(units).unit(u.id()).moves(shown).list();
 * }</pre>
 */
public final class RecordFiles {
    private final UnitIndex units;
    /** A national scope names some 100,000 files many times over; nothing needs them sorted. */
    private final HashSet<String> files = new HashSet<>();
    /** The units whose file is in {@link #files}: the moves of a country name its 15,000 units 400,000 times. */
    private final HashSet<String> unitsAdded = new HashSet<>();

    public RecordFiles(UnitIndex units) {
        this.units = units;
    }

    public RecordFiles origin(Origin origin) {
        if (origin != null && origin.file() != null) files.add(origin.file());
        return this;
    }

    /** The unit's own file (its name, parents and events). */
    public RecordFiles unit(String id) {
        if (id != null && unitsAdded.add(id)) units.get(id).ifPresent(u -> origin(u.origin()));
        return this;
    }

    /** Each move's cadre, and the units it left and joined. */
    public RecordFiles moves(List<Move> moves) {
        for (Move m : moves) origin(m.to().origin());
        return unitsOf(moves);
    }

    /** The units each move left and joined, not its cadre (whose file the caller names another way). */
    public RecordFiles unitsOf(List<Move> moves) {
        for (Move m : moves) {
            unit(m.to().unit());
            if (m.from() != null) unit(m.from().unit());
        }
        return this;
    }

    public List<String> list() {
        return List.copyOf(files);
    }
}
