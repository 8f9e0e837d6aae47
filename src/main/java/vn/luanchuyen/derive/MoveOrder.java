package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.reuse.ChangedRecords;

/**
 * Every move newest first, and the moves in each unit's scope in that order. Made afresh, or, in
 * a process that builds again after a few files changed, from the last build's order: the moves
 * of the cadres whose moves changed are taken out and their new moves merged in, and the scopes
 * none of those moves touch keep their very lists. Either way the result is the same.
 */
public final class MoveOrder {
    /** Newest first (undated last), then by cadre id; a cadre's moves of the same date in data order. */
    static final Comparator<Move> NEWEST_FIRST = Comparator.comparing(Move::date, Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder()))
            .reversed().thenComparing(Move::cadre);

    private final List<Unit> unitRecords;
    private final List<Cadre> cadres;
    private final List<List<Move>> perCadre;
    private final List<Move> newestFirst;
    private final MovesByScope byScope;

    private MoveOrder(List<Unit> unitRecords, List<Cadre> cadres, List<List<Move>> perCadre, List<Move> newestFirst,
                      MovesByScope byScope) {
        this.unitRecords = List.copyOf(unitRecords);
        this.cadres = cadres;
        this.perCadre = perCadre;
        this.newestFirst = newestFirst;
        this.byScope = byScope;
    }

    /**
     * @param perCadre each cadre's moves, in the order of {@code cadres}; a cadre whose moves are
     *                 the very list {@code previous} had for it is taken as unchanged
     * @param previous the last build's order, or null
     */
    static MoveOrder of(List<Unit> unitRecords, UnitIndex units, List<Cadre> cadres, List<List<Move>> perCadre, List<Move> moves,
                        MoveOrder previous) {
        if (previous != null && ChangedRecords.sameObjects(previous.unitRecords, unitRecords)) {
            Set<String> changed = ChangedRecords.ids(Cadre::id, previous.cadres, previous.perCadre, cadres, perCadre);
            if (ChangedRecords.few(changed.size(), cadres.size())) return previous.updated(unitRecords, units, cadres, perCadre, changed);
        }
        List<Move> newest = moves.stream().sorted(NEWEST_FIRST).toList();
        return new MoveOrder(unitRecords, cadres, perCadre, newest, new MovesByScope(newest, units));
    }

    List<Move> newestFirst() {
        return newestFirst;
    }

    MovesByScope byScope() {
        return byScope;
    }

    private MoveOrder updated(List<Unit> unitRecords, UnitIndex units, List<Cadre> now, List<List<Move>> movesNow, Set<String> changed) {
        List<Move> added = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (changed.contains(now.get(i).id())) added.addAll(movesNow.get(i));
        }
        added.sort(NEWEST_FIRST); // stable: a cadre's moves of one date stay in data order
        Predicate<Move> kept = m -> !changed.contains(m.cadre());
        // the scopes the changed cadres' moves, old and new, leave or join
        Set<String> touched = new HashSet<>();
        for (Move m : newestFirst) {
            if (!kept.test(m)) scopes(units, m).forEach(touched::add);
        }
        Map<String, List<Move>> addedByScope = new HashMap<>();
        for (Move m : added) {
            for (String s : scopes(units, m)) {
                touched.add(s);
                addedByScope.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Move>> lists = new HashMap<>(byScope.lists());
        for (String s : touched) {
            List<Move> merged = merge(byScope.in(s), kept, addedByScope.getOrDefault(s, List.of()));
            if (merged.isEmpty()) lists.remove(s);
            else lists.put(s, merged);
        }
        return new MoveOrder(unitRecords, now, movesNow, List.copyOf(merge(newestFirst, kept, added)), new MovesByScope(lists));
    }

    /** The scopes a move is in, each once: those of the unit it joins, then those of the unit it leaves. */
    private static List<String> scopes(UnitIndex units, Move m) {
        List<String> joined = units.scopes(m.to().unit());
        if (m.from() == null) return joined;
        List<String> out = new ArrayList<>(joined);
        for (String s : units.scopes(m.from().unit())) {
            if (!joined.contains(s)) out.add(s);
        }
        return out;
    }

    /** The moves of {@code old} that are {@code kept}, in their order, with {@code added} (in the same order) merged in. */
    private static List<Move> merge(List<Move> old, Predicate<Move> kept, List<Move> added) {
        List<Move> out = new ArrayList<>(old.size() + added.size());
        int a = 0;
        for (Move m : old) {
            if (!kept.test(m)) continue;
            while (a < added.size() && NEWEST_FIRST.compare(added.get(a), m) < 0) out.add(added.get(a++));
            out.add(m);
        }
        while (a < added.size()) out.add(added.get(a++));
        return out;
    }
}
