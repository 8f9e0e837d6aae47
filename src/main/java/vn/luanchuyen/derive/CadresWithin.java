package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        for (Cadre c : cadres) {
            Set<String> scopes = new LinkedHashSet<>();
            for (Tenure t : c.tenures()) {
                if (t.unit() != null && !scopes.contains(t.unit())) scopes.addAll(units.scopes(t.unit()));
            }
            for (String s : scopes) byUnit.computeIfAbsent(s, k -> new ArrayList<>()).add(c.id());
        }
    }

    /** The same list for the same unit on every call, so keys worked out from it can be kept by the list. */
    public List<String> of(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }
}
