package vn.luanchuyen.stats;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.luanchuyen.derive.MovesByScope;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.StartKind;

/**
 * Counts of moves in a scope: by direction, by kind, by year, and those a programme counts
 * ("down" is from above to a grassroots unit, "lateral between communes" joins two grassroots
 * units). A move is in a scope when it leaves or joins a unit within it.
 */
public final class MoveStats {
    private final UnitIndex units;
    private final MovesByScope byScope;

    /** Indexes every move under each unit it leaves or joins and each of their ancestors, once. */
    public MoveStats(List<Move> moves, UnitIndex units) {
        this(new MovesByScope(moves, units), units);
    }

    /** The counts of moves already filed by scope. */
    public MoveStats(MovesByScope byScope, UnitIndex units) {
        this.units = units;
        this.byScope = byScope;
    }

    /** The moves that leave or join a unit within {@code scope}, in the order given. */
    public List<Move> in(String scope) {
        return byScope.in(scope);
    }

    public Map<Direction, Long> byDirection(String scope) {
        Map<Direction, Long> out = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) out.put(d, 0L);
        in(scope).forEach(m -> out.merge(m.direction(), 1L, Long::sum));
        return out;
    }

    public Map<StartKind, Long> byKind(String scope) {
        Map<StartKind, Long> out = new EnumMap<>(StartKind.class);
        in(scope).forEach(m -> out.merge(m.kind(), 1L, Long::sum));
        return out;
    }

    /** Moves per year of their date (undated moves are left out), oldest year first. */
    public Map<Integer, Long> byYear(String scope, Predicate<Move> which) {
        Map<Integer, Long> out = new TreeMap<>();
        in(scope).stream().filter(which).filter(m -> m.date() != null).forEach(m -> out.merge(m.date().year(), 1L, Long::sum));
        return out;
    }

    /** Moves dated within [from, to], by the date as written ("~2021-12" counts in December 2021). */
    public long between(String scope, LocalDate from, LocalDate to, Predicate<Move> which) {
        return in(scope).stream().filter(which).filter(m -> m.date() != null)
                .filter(m -> !m.date().earliest().isBefore(from) && !m.date().earliest().isAfter(to))
                .count();
    }

    /** Down to the grassroots: the unit joined is a commune-level unit and lies below the one left. */
    public Predicate<Move> down() {
        return m -> m.direction() == Direction.DOWN && grassroots(m.to().unit());
    }

    /** From one commune-level unit to another. */
    public Predicate<Move> lateralBetweenCommunes() {
        return m -> m.direction() == Direction.LATERAL && m.from() != null && grassroots(m.from().unit())
                && grassroots(m.to().unit()) && !m.from().unit().equals(m.to().unit());
    }

    private boolean grassroots(String unit) {
        return units.get(unit).map(u -> u.type().isGrassroots()).orElse(false);
    }
}
