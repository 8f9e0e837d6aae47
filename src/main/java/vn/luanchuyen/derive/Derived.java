package vn.luanchuyen.derive;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * What the pages and the bulletins of one build both derive from the same data, worked out once:
 * the units' tree, every move (in data order and newest first), the moves in each unit's scope,
 * and the cadres within each unit.
 *
 * <pre>{@code
 * Derived derived = new Derived(publicData);
 * derived.moves();               // every move, each cadre's in date order
 * derived.cadresWithin().of(id); // who held a post in the unit or below it
 * }</pre>
 */
public final class Derived {
    private final Dataset data;
    private final UnitIndex units;
    private final List<Move> moves;
    private final List<Move> newestFirst;
    private final MovesByScope byScope;
    private final CadresWithin cadresWithin;
    private final MoveOrder order;
    private final RecordMemo<Cadre, List<HeadHoldings.Holding>> heads;
    private final RecordMemo<Cadre, java.util.Optional<java.time.LocalDate>> latest;
    /** Heads beyond two consecutive terms, found when first asked for. */
    private volatile List<HeadHoldings.Holding> overTwoTerms;

    public Derived(Dataset data) {
        this(data, Kept.NOTHING);
    }

    /**
     * What the last build of this process derived, for this one to take what still holds: each
     * cadre's moves, scopes, heads' holdings and latest date, kept by the cadre's record (the
     * moves and scopes while the units are the same), the cadres within each unit and the order of
     * the moves (null: none).
     */
    public record Kept(RecordMemo<Cadre, List<Move>> moves, RecordMemo<Cadre, List<String>> scopes, CadresWithin within, MoveOrder order,
                       RecordMemo<Cadre, List<HeadHoldings.Holding>> heads, RecordMemo<Cadre, java.util.Optional<java.time.LocalDate>> latest) {
        public static final Kept NOTHING = new Kept(RecordMemo.none(), RecordMemo.none(), null, null);

        public Kept(RecordMemo<Cadre, List<Move>> moves, RecordMemo<Cadre, List<String>> scopes, CadresWithin within, MoveOrder order) {
            this(moves, scopes, within, order, RecordMemo.none(), RecordMemo.none());
        }
    }

    public Derived(Dataset data, Kept kept) {
        this(data, new UnitIndex(data.units()), kept);
    }

    /** @param units the index of {@code data}'s units (one kept between builds: {@link UnitIndex#kept}) */
    public Derived(Dataset data, UnitIndex units, Kept kept) {
        this.data = data;
        this.units = units;
        // who held posts within each unit does not depend on the moves: worked out beside them
        ForkJoinTask<CadresWithin> within = ForkJoinPool.commonPool()
                .submit(() -> new CadresWithin(units, data.units(), data.cadres(), kept.scopes(), kept.within()));
        MoveFinder finder = new MoveFinder(units);
        List<Move> all = new java.util.ArrayList<>();
        List<List<Move>> perCadre = kept.moves().map(data.cadres(), List.of(data.units()), finder::moves);
        perCadre.forEach(all::addAll);
        this.moves = List.copyOf(all);
        this.order = MoveOrder.of(data.units(), units, data.cadres(), perCadre, moves, kept.order());
        this.newestFirst = order.newestFirst();
        this.byScope = order.byScope();
        this.cadresWithin = within.join();
        this.heads = kept.heads();
        this.latest = kept.latest();
    }

    /** The latest exact date of each cadre's tenures ({@link LatestDates}), in the order of the cadres. */
    public List<java.util.Optional<java.time.LocalDate>> latestOfEachCadre() {
        return latest.map(data.cadres(), List.of(), LatestDates::of);
    }

    /** The heads' holdings of one post beyond two consecutive terms ({@link HeadHoldings}), in the order of the cadres. */
    public List<HeadHoldings.Holding> overTwoTerms() {
        List<HeadHoldings.Holding> found = overTwoTerms;
        if (found == null) {
            List<List<HeadHoldings.Holding>> each = heads.map(data.cadres(), List.of(), HeadHoldings::of);
            found = each.stream().flatMap(List::stream).filter(h -> h.terms() > 2).toList();
            overTwoTerms = found;
        }
        return found;
    }

    public Dataset data() {
        return data;
    }

    public UnitIndex units() {
        return units;
    }

    public List<Move> moves() {
        return moves;
    }

    /** Every move, newest first (undated last), then by cadre id; otherwise in data order. */
    public List<Move> newestFirst() {
        return newestFirst;
    }

    /** The moves in each unit's scope, each scope's in the order of {@link #newestFirst()}. */
    public MovesByScope byScope() {
        return byScope;
    }

    public CadresWithin cadresWithin() {
        return cadresWithin;
    }

    /** The order of the moves, for the next build of this process to update ({@link Kept#order()}). */
    public MoveOrder order() {
        return order;
    }
}
