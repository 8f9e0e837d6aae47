package vn.luanchuyen.bulletin;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.stats.MoveStats;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PersonOrder;
import vn.luanchuyen.text.PostNames;

/**
 * One dataset with what every bulletin looks up: units (tree and names), cadres, sources and
 * programmes by id, and the derived moves in date order.
 */
final class DataIndex {
    private final Dataset data;
    private final UnitIndex units;
    private final List<Move> moves;
    private final MoveStats moveStats;
    private final Map<String, Cadre> cadres = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Programme> programmes = new HashMap<>();

    DataIndex(Dataset data) {
        this(new Derived(data));
    }

    /** The index of data whose units' tree and moves the build has already worked out. */
    DataIndex(Derived derived) {
        Dataset data = derived.data();
        this.data = data;
        this.units = derived.units();
        data.cadres().forEach(c -> cadres.putIfAbsent(c.id(), c));
        data.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        data.programmes().forEach(p -> programmes.putIfAbsent(p.id(), p));
        // by date (unknown last), then by name in the order of official lists; keys taken once per move
        Comparator<Keyed> order = Comparator.comparing(Keyed::date, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
                .thenComparing(Keyed::name);
        var names = PersonOrder.keys();
        this.moves = derived.moves().stream()
                .map(m -> new Keyed(m, m.date(), names.apply(cadre(m.cadre()).name())))
                .sorted(order)
                .map(Keyed::move)
                .toList();
        this.moveStats = new MoveStats(moves, units);
    }

    private record Keyed(Move move, PartialDate date, PersonOrder.Key name) {
    }

    /** The moves that reach or leave a unit within {@code scope}, in the order of {@link #moves()}; indexed once. */
    List<Move> movesIn(String scope) {
        return moveStats.in(scope);
    }

    Dataset data() {
        return data;
    }

    UnitIndex units() {
        return units;
    }

    List<Move> moves() {
        return moves;
    }

    Cadre cadre(String id) {
        return cadres.get(id);
    }

    Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    Optional<Programme> programme(String id) {
        return Optional.ofNullable(programmes.get(id));
    }

    Optional<Unit> unit(String id) {
        return units.get(id);
    }

    /** "huyện Võ Nhai"; the id itself for a unit the records do not have. */
    String unitName(String id) {
        return unit(id).map(PostNames::unit).orElse(id);
    }

    /** "Bí thư Đảng ủy xã Cúc Đường". */
    String post(Tenure t) {
        return unit(t.unit()).map(u -> PostNames.post(t, u)).orElse(t.post().label());
    }

    /** "Ban Thường vụ Huyện ủy Võ Nhai"; only the unit ("huyện Võ Nhai") when the body is not known. */
    String body(String unit, Body body) {
        if (body == null) return unitName(unit);
        return unit(unit).map(u -> PostNames.body(body, u)).orElse(body.label());
    }

    /** Whether {@code inner} is {@code outer} or lies within it. */
    boolean within(String inner, String outer) {
        return units.within(inner, outer);
    }

    /** The tenures of a cadre that may have been held on some day of {@code date}. */
    List<Tenure> heldAround(Cadre c, PartialDate date) {
        return c.tenures().stream().filter(t -> mayOverlap(t, date)).toList();
    }

    private static boolean mayOverlap(Tenure t, PartialDate date) {
        Span span = Span.plausible(t);
        if (span == null || date == null) return false;
        return !Span.earliest(date).isAfter(span.end()) && !Span.latest(date).isBefore(span.start());
    }
}
