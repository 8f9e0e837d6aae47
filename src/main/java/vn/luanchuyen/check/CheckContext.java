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

/** What every rule may look at: the dataset and indexes over it, built once. */
record CheckContext(Dataset data, UnitIndex units, Map<String, Cadre> cadres, Map<String, Source> sources,
                    Map<String, Programme> programmes, List<Move> moves) {

    static CheckContext of(Dataset data) {
        UnitIndex units = new UnitIndex(data.units());
        return new CheckContext(data, units, byId(data.cadres(), Cadre::id), byId(data.sources(), Source::id),
                byId(data.programmes(), Programme::id), new MoveFinder(units).moves(data.cadres()));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            if (id.apply(item) != null) map.putIfAbsent(id.apply(item), item);
        }
        return map;
    }
}
