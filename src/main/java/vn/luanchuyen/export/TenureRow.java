package vn.luanchuyen.export;

import java.util.List;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;

/**
 * One tenure as the exports show it: the cadre, its place in the cadre's record (1, 2 …), the
 * unit (null if unknown), the full name of the post, and how the tenure ended when that is
 * derived: the move that took the cadre to the next post ("điều động, luân chuyển").
 */
record TenureRow(Cadre cadre, int number, Tenure tenure, Unit unit, String postName, List<StartKind> endedBy) {

    TenureRow {
        endedBy = List.copyOf(endedBy);
    }

    /** {@code nguyen-hong-son-2}: stable for a given record. */
    String id() {
        return cadre.id() + "-" + number;
    }

    static String labels(List<StartKind> kinds) {
        return String.join(", ", kinds.stream().map(StartKind::label).toList());
    }
}
