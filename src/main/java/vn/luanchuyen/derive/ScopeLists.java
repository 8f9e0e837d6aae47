package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists kept by scope (the moves in each unit's scope, the cadres within each unit), reached from
 * a unit: the lists of {@code id} and of every unit it has been within ({@link UnitIndex#scopes}),
 * looked up once per unit rather than once per record and scope. Not thread-safe: one per index
 * being filled.
 *
 * <pre>{@code
 * ScopeLists<Move> lists = new ScopeLists<>(units, byScope);
 * for (List<Move> scope : lists.of(m.to().unit())) scope.add(m);
 * }</pre>
 */
final class ScopeLists<T> {
    private final UnitIndex units;
    private final Map<String, List<T>> byScope;
    private final Map<String, List<List<T>>> ofUnit = new HashMap<>();

    /** @param byScope the index being filled: a scope's list is made there when a unit first reaches it */
    ScopeLists(UnitIndex units, Map<String, List<T>> byScope) {
        this.units = units;
        this.byScope = byScope;
    }

    /** The lists of the unit's scopes, the unit's own first; none for no unit. */
    List<List<T>> of(String unit) {
        return ofUnit.computeIfAbsent(unit, u -> units.scopes(u).stream().map(s -> byScope.computeIfAbsent(s, k -> new ArrayList<>())).toList());
    }

    /** Whether {@code lists} holds this very list (two scopes' lists are never the same list). */
    static <T> boolean containsSame(List<List<T>> lists, List<T> list) {
        for (List<T> l : lists) {
            if (l == list) return true;
        }
        return false;
    }
}
