package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * The cadres who held a post in a unit or in a unit within it, at any time, in data order: every
 * cadre whose record a page or bulletin about the unit can show or count (its holders, the moves
 * that leave or join it, its shares of non-local heads), since a move leaves or joins a unit its
 * cadre held a post in. Indexed once.
 *
 * <p>In a process that builds again and again, an index made when every cadre is still where it was
 * in the last build's, with the same id and within the same units (an edit of a name or a date),
 * is that build's own lists, so what was worked out from a list and kept by it stays valid for the
 * lists no changed cadre is in.
 */
public final class CadresWithin {
    private final List<String> ids;
    private final List<List<String>> scopesOfEach;
    private final List<Unit> unitRecords;
    private final Map<String, List<String>> byUnit;

    public CadresWithin(UnitIndex units, List<Cadre> cadres) {
        this(units, List.of(), cadres, RecordMemo.none(), null);
    }

    /**
     * @param unitRecords the units the index was made from, as the memo's context
     * @param scopes      each cadre's scopes as the last build found them, kept by the cadre's record
     * @param previous    the last build's index, whose lists are taken when nothing in them moved (null: none)
     */
    public CadresWithin(UnitIndex units, List<Unit> unitRecords, List<Cadre> cadres, RecordMemo<Cadre, List<String>> scopes,
                        CadresWithin previous) {
        this.ids = cadres.stream().map(Cadre::id).toList();
        this.scopesOfEach = scopes.map(cadres, List.of(unitRecords), c -> scopes(units, c));
        this.unitRecords = unitRecords;
        this.byUnit = previous != null && sameShape(previous) ? previous.byUnit : index(ids, scopesOfEach);
    }

    /** Whether {@code previous} was made of the same units, and of cadres with the same ids, in the same order, within the same units. */
    private boolean sameShape(CadresWithin previous) {
        if (previous.ids.size() != ids.size() || previous.unitRecords.size() != unitRecords.size()) return false;
        for (int i = 0; i < unitRecords.size(); i++) {
            if (previous.unitRecords.get(i) != unitRecords.get(i)) return false;
        }
        for (int i = 0; i < ids.size(); i++) {
            List<String> was = previous.scopesOfEach.get(i);
            List<String> is = scopesOfEach.get(i);
            if ((was != is && !was.equals(is)) || !previous.ids.get(i).equals(ids.get(i))) return false;
        }
        return true;
    }

    private static Map<String, List<String>> index(List<String> ids, List<List<String>> scopesOfEach) {
        Map<String, List<String>> byUnit = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            for (String scope : scopesOfEach.get(i)) byUnit.computeIfAbsent(scope, k -> new ArrayList<>()).add(ids.get(i));
        }
        return byUnit;
    }

    /** The units a cadre is within: every unit it held a post in, and every unit those have been within, each once. */
    private static List<String> scopes(UnitIndex units, Cadre c) {
        Set<String> scopes = new LinkedHashSet<>();
        for (Tenure t : c.tenures()) {
            if (t.unit() != null) scopes.addAll(units.scopes(t.unit()));
        }
        return List.copyOf(scopes);
    }

    /** The same list for the same unit on every call, so keys worked out from it can be kept by the list. */
    public List<String> of(String unit) {
        return byUnit.getOrDefault(unit, List.of());
    }
}
