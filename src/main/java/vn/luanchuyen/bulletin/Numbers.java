package vn.luanchuyen.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.text.VietnameseNumbers;

/** Figures as bulletins print them: "4.106", "7/20 (35%)", "gần 90%", "trên 50". */
final class Numbers {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    static String of(BigDecimal n) {
        return n == null ? null : VietnameseNumbers.of(n);
    }

    static String of(Integer n) {
        return n == null ? null : VietnameseNumbers.of(n);
    }

    /** The percentage a figure stands for: as printed, or its value over its whole; null for a plain count. */
    static BigDecimal percent(Figure f) {
        if (f.percent() != null) return f.percent();
        if (f.value() != null && f.of() != null && f.of().signum() > 0) {
            return f.value().multiply(HUNDRED).divide(f.of(), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return null;
    }

    /** "7/20 (35%)", "gần 90%", "trên 50", "8/8 (100%)". */
    static String figure(Figure f) {
        String q = qualifier(f.qualifier());
        BigDecimal pct = percent(f);
        if (f.value() != null && f.of() != null) {
            return q + of(f.value()) + "/" + of(f.of()) + (pct == null ? "" : " (" + VietnameseNumbers.percent(pct) + ")");
        }
        if (f.value() != null) return q + of(f.value()) + (f.percent() != null ? " (" + VietnameseNumbers.percent(f.percent()) + ")" : "");
        return q + VietnameseNumbers.percent(f.percent());
    }

    /** "gần 8" for a change of nearly 8 points; the sign is told apart by the caller. */
    static String change(Figure f) {
        return f.change() == null ? null : qualifier(f.changeQualifier()) + of(f.change().abs());
    }

    /** "trên ", "gần ", "" for an exact figure. */
    static String qualifier(Qualifier q) {
        return q == null || q == Qualifier.EXACT ? "" : q.label() + " ";
    }
}
