package vn.luanchuyen.derive;

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
        ScopeLists<Move> lists = new ScopeLists<>(units, byScope);
        for (Move m : moves) {
            List<List<Move>> joined = lists.of(m.to().unit());
            for (List<Move> scope : joined) scope.add(m);
            if (m.from() == null) continue;
            for (List<Move> scope : lists.of(m.from().unit())) {
                if (!ScopeLists.containsSame(joined, scope)) scope.add(m);
            }
        }
    }

    /** Lists made already, each scope's in order (by {@link MoveOrder} from the last build's). */
    MovesByScope(Map<String, List<Move>> lists) {
        byScope.putAll(lists);
    }

    /** Every scope's list, to be taken over by the next build's ({@link MoveOrder}). */
    Map<String, List<Move>> lists() {
        return java.util.Collections.unmodifiableMap(byScope);
    }

    /** The moves that leave or join a unit within {@code scope}, in the order given. */
    public List<Move> in(String scope) {
        return byScope.getOrDefault(scope, List.of());
    }
}
