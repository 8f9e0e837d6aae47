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
        // each unit's scopes as their lists, looked up once per unit rather than once per tenure and scope
        Map<String, List<List<String>>> lists = new HashMap<>();
        List<List<String>> ofCadre = new ArrayList<>();
        for (Cadre c : cadres) {
            ofCadre.clear();
            for (Tenure t : c.tenures()) {
                if (t.unit() == null) continue;
                List<List<String>> scopes = lists.computeIfAbsent(t.unit(),
                        u -> units.scopes(u).stream().map(s -> byUnit.computeIfAbsent(s, k -> new ArrayList<>())).toList());
                for (List<String> scope : scopes) {
                    if (!containsSame(ofCadre, scope)) ofCadre.add(scope);
                }
            }
            for (List<String> scope : ofCadre) scope.add(c.id());
        }
    }

    private static boolean containsSame(List<List<String>> lists, List<String> list) {
        for (List<String> l : lists) {
            if (l == list) return true;
        }
        return false;
    }

    /** The same list for the same unit on every call, so keys worked out from it can be kept by the list. */
    public List<String> of(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }
}
