package vn.luanchuyen.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;

/**
 * What every rule may look at: the dataset and indexes over it, built once; the moves only when
 * a rule first asks for them (only declared figures of moves need them).
 */
final class CheckContext {
    private final Dataset data;
    private final UnitIndex units;
    private final Map<String, Cadre> cadres;
    private final Map<String, Source> sources;
    private final Map<String, Programme> programmes;
    private List<Move> moves;

    private CheckContext(Dataset data, UnitIndex units) {
        this.data = data;
        this.units = units;
        this.cadres = byId(data.cadres(), Cadre::id);
        this.sources = byId(data.sources(), Source::id);
        this.programmes = byId(data.programmes(), Programme::id);
    }

    static CheckContext of(Dataset data, UnitIndex units) {
        return new CheckContext(data, units);
    }

    Dataset data() {
        return data;
    }

    UnitIndex units() {
        return units;
    }

    Map<String, Cadre> cadres() {
        return cadres;
    }

    Map<String, Source> sources() {
        return sources;
    }

    Map<String, Programme> programmes() {
        return programmes;
    }

    /** Every move, derived when first asked for (rules run side by side, hence the lock). */
    synchronized List<Move> moves() {
        if (moves == null) moves = List.copyOf(new MoveFinder(units).moves(data.cadres()));
        return moves;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            if (id.apply(item) != null) map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }
}
