package vn.luanchuyen.bulletin;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.derive.MovesByScope;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.derive.UnitIndex;
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
 * programmes by id, and the moves in each unit's scope in date order.
 */
final class DataIndex {
    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::date,
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(Keyed::name)
            .thenComparingInt(Keyed::dataOrder);
    private final Dataset data;
    private final UnitIndex units;
    private final MovesByScope byScope;
    private final Map<Move, Integer> dataOrder = new java.util.IdentityHashMap<>();
    private final Map<String, List<Move>> sorted = new java.util.concurrent.ConcurrentHashMap<>();
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
        this.byScope = derived.byScope();
        List<Move> all = derived.moves();
        for (int i = 0; i < all.size(); i++) dataOrder.put(all.get(i), i);
    }

    private record Keyed(Move move, PartialDate date, PersonOrder.Key name, int dataOrder) {
    }

    /**
     * The moves that reach or leave a unit within {@code scope}: by date (unknown last), then by
     * name in the order of official lists, then in data order; each scope sorted when first asked,
     * so a rebuild that writes one bulletin sorts one scope, not every move.
     */
    List<Move> movesIn(String scope) {
        return sorted.computeIfAbsent(scope, s -> {
            var names = PersonOrder.keys(); // one collator per sort: they are not thread-safe
            return byScope.in(s).stream()
                    .map(m -> new Keyed(m, m.date(), names.apply(cadre(m.cadre()).name()), dataOrder.get(m)))
                    .sorted(ORDER)
                    .map(Keyed::move)
                    .toList();
        });
    }

    /** The moves of {@link #movesIn(String)}, in no particular order (cheaper, for what only counts them). */
    List<Move> movesAnyOrder(String scope) {
        return byScope.in(scope);
    }

    Dataset data() {
        return data;
    }

    UnitIndex units() {
        return units;
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
