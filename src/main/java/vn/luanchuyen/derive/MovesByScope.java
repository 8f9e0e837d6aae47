package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.model.Move;

/**
 * The moves in each unit's scope: a move is in a scope when it leaves or joins a unit within it.
 * Every move is filed once under each unit it leaves or joins and each of their ancestors, each
 * scope's moves in the order given.
 *
 * <pre>{@code
 * MovesByScope byScope = new MovesByScope(moves, units);
 * byScope.in("huyen-tam-duong"); // the moves that left or joined the district or a commune in it
 * }</pre>
 */
public final class MovesByScope {
    private final Map<String, List<Move>> byScope = new HashMap<>();

    public MovesByScope(List<Move> moves, UnitIndex units) {
        // each unit's scopes as their lists, looked up once per unit rather than once per move and scope
        Map<String, List<List<Move>>> lists = new HashMap<>();
        java.util.function.Function<String, List<List<Move>>> listsOf = unit -> lists.computeIfAbsent(unit,
                u -> units.scopes(u).stream().map(s -> byScope.computeIfAbsent(s, k -> new ArrayList<>())).toList());
        for (Move m : moves) {
            List<List<Move>> joined = listsOf.apply(m.to().unit());
            for (List<Move> scope : joined) scope.add(m);
            if (m.from() == null) continue;
            for (List<Move> scope : listsOf.apply(m.from().unit())) {
                if (!containsSame(joined, scope)) scope.add(m);
            }
        }
    }

    private static boolean containsSame(List<List<Move>> lists, List<Move> list) {
        for (List<Move> l : lists) {
            if (l == list) return true;
        }
        return false;
    }

    /** The moves that leave or join a unit within {@code scope}, in the order given. */
    public List<Move> in(String scope) {
        return byScope.getOrDefault(scope, List.of());
    }
}
