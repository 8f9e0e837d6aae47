package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.reuse.Memo;
import vn.luanchuyen.reuse.SameObjects;

/**
 * The tree of units across time: lookups by id, levels (0 trung ương, 1 province, 2 district,
 * 3 commune) and ancestry. Levels come from the parent links, so a "thành phố" is level 1 or 2
 * according to where it sits. Safe on cyclic input (the check reports cycles).
 */
public final class UnitIndex {
    private final Map<String, Unit> byId = new HashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final Map<String, Set<String>> ancestors = new HashMap<>();
    private final Map<String, List<String>> scopes = new HashMap<>();

    /**
     * The index of these units: the one {@code memo} keeps under {@code name} when it was made from
     * the very same unit records in the same order (an edit of a cadre leaves the units' records as
     * they were), else made now and kept there. Nothing changes an index once made, so builds may share it.
     */
    public static UnitIndex kept(Memo memo, String name, List<Unit> units) {
        return memo.get(name, new SameObjects(units), () -> new UnitIndex(units));
    }

    public UnitIndex(List<Unit> units) {
        for (Unit u : units) {
            if (u.id() != null) byId.putIfAbsent(u.id(), u);
        }
        byId.keySet().forEach(id -> levels.put(id, computeLevel(id)));
        byId.keySet().forEach(id -> ancestors.put(id, Set.copyOf(computeAncestors(id))));
        ancestors.forEach((id, above) -> scopes.put(id, scope(id, above)));
    }

    /**
     * {@code id} and every unit it has been within, each once, {@code id} first and the rest by
     * id: the scopes a record about {@code id} counts in (computed once).
     */
    public List<String> scopes(String id) {
        if (id == null) return List.of();
        List<String> known = scopes.get(id);
        return known != null ? known : scope(id, computeAncestors(id));
    }

    private static List<String> scope(String id, Set<String> above) {
        List<String> scope = new ArrayList<>(List.of(id));
        above.stream().filter(a -> !a.equals(id)).sorted().forEach(scope::add);
        return List.copyOf(scope);
    }

    public Optional<Unit> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public boolean contains(String id) {
        return id != null && byId.containsKey(id);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** Every unit that has been a parent, grandparent … of {@code id} at any time (computed once). */
    public Set<String> ancestors(String id) {
        Set<String> known = id == null ? null : ancestors.get(id);
        return known != null ? known : computeAncestors(id);
    }

    private Set<String> computeAncestors(String id) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String f : frontier) {
                for (ParentLink p : get(f).map(Unit::parents).orElse(List.of())) {
                    if (p.unit() != null && seen.add(p.unit())) next.add(p.unit());
                }
            }
            frontier = next;
        }
        return seen;
    }

    /** Whether {@code inner} is {@code outer} or lies within it (at any time). */
    public boolean within(String inner, String outer) {
        return inner != null && outer != null && (inner.equals(outer) || ancestors(inner).contains(outer));
    }

    /**
     * The ancestor of {@code id} at {@code level} (1: its province), not {@code id} itself; of
     * several (a unit that changed parents), the first by id, so every build picks the same.
     */
    public Optional<String> ancestorAt(String id, int level) {
        return ancestors(id).stream().filter(a -> level(a) == level).sorted().findFirst();
    }

    public boolean isOwnAncestor(String id) {
        return ancestors(id).contains(id);
    }

    /**
     * Depth below the root along first parent links; -1 when unknown or cyclic. A commune-level
     * unit placed directly under a province, as every commune has been since the two-tier reform
     * of 1 July 2025, is still two levels below it: a commune, not a district.
     */
    public int level(String id) {
        return id == null ? -1 : levels.getOrDefault(id, -1);
    }

    private int computeLevel(String id) {
        int level = 0;
        Set<String> seen = new HashSet<>();
        String at = id;
        while (true) {
            if (!seen.add(at) || !byId.containsKey(at)) return -1;
            List<ParentLink> parents = byId.get(at).parents();
            if (parents.isEmpty()) return level;
            String parent = parents.get(0).unit();
            level += skipsDistrict(byId.get(at), parent) ? 2 : 1;
            at = parent;
        }
    }

    /** Whether a commune-level unit sits right under a province, with no district between. */
    private boolean skipsDistrict(Unit unit, String parentId) {
        Unit parent = byId.get(parentId);
        if (unit.type() == null || !unit.type().isGrassroots() || parent == null || parent.type() == null) return false;
        if (parent.type() == UnitType.TINH) return true;
        if (parent.type() != UnitType.THANH_PHO) return false;
        // a thành phố is a province when it sits right under the centre, a district under a province
        List<ParentLink> above = parent.parents();
        Unit grand = above.isEmpty() ? null : byId.get(above.get(0).unit());
        return grand != null && grand.type() == UnitType.TRUNG_UONG;
    }

    /** The parent in force on a date, if the records say. */
    public Optional<String> parentOn(String id, LocalDate date) {
        return get(id).flatMap(u -> u.parents().stream()
                .filter(p -> (p.from() == null || !date.isBefore(p.from().earliest()))
                        && (p.to() == null || !date.isAfter(p.to().latest())))
                .map(ParentLink::unit).findFirst());
    }
}
