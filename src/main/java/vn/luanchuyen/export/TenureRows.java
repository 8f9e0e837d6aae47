package vn.luanchuyen.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;

/** Every tenure of a dataset, cadres by id and each cadre's tenures in the order of the record. */
final class TenureRows {
    private TenureRows() {
    }

    static List<TenureRow> of(Dataset data, UnitIndex units) {
        MoveFinder moves = new MoveFinder(units);
        List<TenureRow> rows = new ArrayList<>();
        for (Cadre c : data.cadres().stream().sorted(Comparator.comparing(Cadre::id)).toList()) {
            Map<Tenure, List<StartKind>> endedBy = new IdentityHashMap<>();
            for (Move m : moves.moves(c)) {
                if (m.from() != null) endedBy.put(m.from(), m.to().began().stream().filter(StartKind::isMove).toList());
            }
            int number = 0;
            for (Tenure t : c.tenures()) {
                Unit u = units.get(t.unit()).orElse(null);
                String name = u == null ? t.post().label() : PostNames.post(t, u);
                rows.add(new TenureRow(c, ++number, t, u, name, endedBy.getOrDefault(t, List.of())));
            }
        }
        return rows;
    }
}
