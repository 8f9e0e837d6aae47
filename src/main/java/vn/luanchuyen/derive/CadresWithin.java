package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Tenure;

/**
 * The cadres who held a post in a unit or in a unit within it, at any time, in data order: every
 * cadre whose record a page or bulletin about the unit can show or count (its holders, the moves
 * that leave or join it, its shares of non-local heads), since a move leaves or joins a unit its
 * cadre held a post in. Indexed once.
 */
public final class CadresWithin {
    private final Map<String, List<String>> byUnit = new HashMap<>();

    public CadresWithin(UnitIndex units, List<Cadre> cadres) {
        ScopeLists<String> lists = new ScopeLists<>(units, byUnit);
        List<List<String>> ofCadre = new ArrayList<>();
        for (Cadre c : cadres) {
            ofCadre.clear();
            for (Tenure t : c.tenures()) {
                if (t.unit() == null) continue;
                for (List<String> scope : lists.of(t.unit())) {
                    if (!ScopeLists.containsSame(ofCadre, scope)) ofCadre.add(scope);
                }
            }
            for (List<String> scope : ofCadre) scope.add(c.id());
        }
    }

    /** The same list for the same unit on every call, so keys worked out from it can be kept by the list. */
    public List<String> of(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }
}
