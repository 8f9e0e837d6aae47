package vn.luanchuyen.intake;

import java.util.List;
import vn.luanchuyen.model.Gender;

/**
 * A cadre made of the rows of one person: the id given to them, what the rows say of them,
 * their tenures oldest first, and the rows they came from. {@code ok} when every row was read.
 */
record CadreDraft(String id, String name, Gender gender, String hometown, List<String> sources,
                  List<TenureDraft> tenures, List<Integer> rows, boolean ok) {

    CadreDraft {
        sources = List.copyOf(sources);
        tenures = List.copyOf(tenures);
        rows = List.copyOf(rows);
    }

    int firstRow() {
        return rows.get(0);
    }
}
