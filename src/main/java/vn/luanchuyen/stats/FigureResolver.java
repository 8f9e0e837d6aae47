package vn.luanchuyen.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.model.Rating;
import vn.luanchuyen.model.RatingCount;

/**
 * The best figure for an indicator in a unit: counted from the records where they cover the
 * scope (every commune's secretary known, with a hometown), else the latest figure a source
 * declared, with its source.
 */
public final class FigureResolver {
    private final Dataset data;
    private final UnitIndex units;
    private final LocalShares shares;

    public FigureResolver(Dataset data, UnitIndex units) {
        this(data, units, null);
    }

    /** @param previous the resolver of the last build of this process, or null: its local shares are updated, not made again */
    public FigureResolver(Dataset data, UnitIndex units, FigureResolver previous) {
        this.data = data;
        this.units = units;
        this.shares = new LocalShares(data.units(), data.cadres(), units, previous == null ? null : previous.shares);
    }

    /** The figure in force on {@code asOf}: records if they cover, else the latest declared one dated by then. */
    public Optional<FigureValue> asOf(String unit, Indicator indicator, LocalDate asOf) {
        Optional<FigureValue> counted = counted(unit, indicator, asOf);
        if (counted.isPresent()) return counted;
        return declared(unit, indicator).stream()
                .filter(f -> f.to() == null || !f.to().earliest().isAfter(asOf))
                .max(Comparator.comparing((FigureValue f) -> f.to() == null ? LocalDate.MIN : f.to().earliest()));
    }

    public List<FigureValue> declared(String unit, Indicator indicator) {
        return data.figures().stream()
                .filter(f -> unit.equals(f.unit()) && f.indicator() == indicator)
                .sorted(Comparator.comparing(Figure::id))
                .map(FigureValue::declared)
                .toList();
    }

    private Optional<FigureValue> counted(String unit, Indicator indicator, LocalDate asOf) {
        PostKind post = indicator == Indicator.NON_LOCAL_BI_THU ? PostKind.BI_THU
                : indicator == Indicator.NON_LOCAL_CHU_TICH_UBND ? PostKind.CHU_TICH_UBND : null;
        if (post == null) return Optional.empty();
        LocalShares.Tally tally = shares.of(unit, post, asOf);
        long declaredWhole = declared(unit, indicator).stream().filter(f -> f.of() != null)
                .mapToLong(f -> f.of().longValue()).max().orElse(0);
        if (!tally.covered() || tally.units() < declaredWhole) return Optional.empty();
        return Optional.of(FigureValue.share(tally.nonLocal(), tally.units(), PartialDate.of(asOf)));
    }

    /** Cadres evaluated in a unit and the units within it, in a month, from the evaluation records. */
    public Optional<FigureValue> evaluated(String unit, PartialDate month, boolean goodOrBetterOnly) {
        List<Evaluation> rounds = data.evaluations().stream()
                .filter(e -> units.within(e.unit(), unit) && month.equals(e.month()) && e.evaluated() != null)
                .toList();
        if (rounds.isEmpty()) return Optional.empty();
        long evaluated = rounds.stream().mapToLong(Evaluation::evaluated).sum();
        if (!goodOrBetterOnly) return Optional.of(FigureValue.counted(evaluated, month, month));
        long good = rounds.stream().flatMap(e -> e.counts().stream()).filter(FigureResolver::goodOrBetter)
                .mapToLong(RatingCount::count).sum();
        FigureValue share = FigureValue.share(good, evaluated, month);
        return Optional.of(new FigureValue(share.value(), share.of(), share.percent(), share.qualifier(), Basis.RECORDS, month,
                month, rounds.stream().flatMap(e -> e.sources().stream()).distinct().toList(), null, Qualifier.EXACT, null));
    }

    private static boolean goodOrBetter(RatingCount c) {
        return c.rating() == Rating.XUAT_SAC || c.rating() == Rating.TOT;
    }
}
