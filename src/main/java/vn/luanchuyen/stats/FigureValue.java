package vn.luanchuyen.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Qualifier;

/**
 * A figure with where it comes from: {@code value} (of {@code of}, as {@code percent}), qualified
 * ("trên 50"), over a period or as of its end, counted from the records or declared by sources.
 */
public record FigureValue(BigDecimal value, BigDecimal of, BigDecimal percent, Qualifier qualifier, Basis basis,
                          PartialDate from, PartialDate to, List<String> sources, String note, Qualifier changeQualifier,
                          BigDecimal change) {

    public FigureValue {
        sources = List.copyOf(sources);
    }

    /** A figure as a source declared it. */
    public static FigureValue declared(vn.luanchuyen.model.Figure f) {
        return new FigureValue(f.value(), f.of(), f.percent(), f.qualifier(), Basis.DECLARED, f.from(), f.to(), f.sources(),
                f.note(), f.changeQualifier(), f.change());
    }

    public static FigureValue counted(long value, PartialDate from, PartialDate to) {
        return new FigureValue(BigDecimal.valueOf(value), null, null, Qualifier.EXACT, Basis.RECORDS, from, to, List.of(), null,
                Qualifier.EXACT, null);
    }

    public static FigureValue share(long part, long whole, PartialDate asOf) {
        return new FigureValue(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), percentOf(part, whole), Qualifier.EXACT,
                Basis.RECORDS, null, asOf, List.of(), null, Qualifier.EXACT, null);
    }

    /** The percentage, given or worked out from value and of; null when neither can say. */
    public BigDecimal percentage() {
        if (percent != null) return percent;
        if (value != null && of != null && of.signum() > 0) return value.multiply(BigDecimal.valueOf(100)).divide(of, 1, RoundingMode.HALF_UP);
        return null;
    }

    static BigDecimal percentOf(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
