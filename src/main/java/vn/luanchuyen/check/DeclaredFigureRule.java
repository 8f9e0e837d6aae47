package vn.luanchuyen.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.luanchuyen.derive.LocalityResolver;
import vn.luanchuyen.derive.PostHolders;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Locality;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.model.Unit;

/**
 * Declared figures against themselves and the records: {@code figure.numerator-exceeds} (7 of
 * 5), {@code figure.percent-mismatch} (7 of 20 printed as 40%), and {@code figure.contradicted}
 * (warning) when the records alone already exceed what a figure says: more moves in the scope and
 * period than an exact count, more non-local secretaries than declared.
 */
final class DeclaredFigureRule implements Rule {
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        PostHolders holders = null; // who surely held each post, worked out for the first figure of non-local heads
        LocalityResolver locality = new LocalityResolver(ctx.units());
        for (Figure f : ctx.data().figures()) {
            if (f.value() == null) continue;
            if (f.of() != null && f.value().compareTo(f.of()) > 0) {
                out.error("figure.numerator-exceeds", f.origin().of("value"), f.value(), f.of());
                continue;
            }
            if (f.of() != null && f.percent() != null && f.of().signum() > 0) {
                BigDecimal computed = f.value().multiply(BigDecimal.valueOf(100)).divide(f.of(), 1, RoundingMode.HALF_UP);
                if (computed.subtract(f.percent()).abs().compareTo(BigDecimal.ONE) > 0) {
                    out.warning("figure.percent-mismatch", f.origin().of("percent"), f.percent(), f.value(), f.of(), computed);
                }
            }
            if (f.indicator() == null || f.unit() == null || !bounded(f.qualifier())) continue;
            if (holders == null && (f.indicator() == Indicator.NON_LOCAL_BI_THU || f.indicator() == Indicator.NON_LOCAL_CHU_TICH_UBND)) {
                holders = PostHolders.surely(ctx.data().cadres());
            }
            long records = switch (f.indicator()) {
                case MOVES -> ctx.moves().stream().filter(m -> inScope(ctx, m, f)).count();
                case NON_LOCAL_BI_THU -> nonLocal(ctx, holders, locality, f, PostKind.BI_THU);
                case NON_LOCAL_CHU_TICH_UBND -> nonLocal(ctx, holders, locality, f, PostKind.CHU_TICH_UBND);
                default -> -1;
            };
            BigDecimal limit = f.qualifier() == Qualifier.ABOUT || f.qualifier() == Qualifier.NEARLY
                    ? f.value().multiply(new BigDecimal("1.1")) : f.value();
            if (records >= 0 && BigDecimal.valueOf(records).compareTo(limit) > 0) {
                out.warning("figure.contradicted", f.origin().of("value"), f.id(), "@term.qualifier." + f.qualifier().id(), f.value(), records);
            }
        }
    }

    /** Only figures that put an upper bound on the count can be contradicted by partial records. */
    private static boolean bounded(Qualifier q) {
        return q != Qualifier.OVER && q != Qualifier.AT_LEAST;
    }

    private static boolean inScope(CheckContext ctx, Move m, Figure f) {
        boolean place = ctx.units().within(m.to().unit(), f.unit())
                || (m.from() != null && ctx.units().within(m.from().unit(), f.unit()));
        if (!place || m.date() == null) return false;
        LocalDate earliest = Span.earliest(m.date());
        LocalDate latest = Span.latest(m.date());
        boolean afterStart = f.from() == null || !earliest.isBefore(f.from().earliest());
        boolean beforeEnd = f.to() == null || !latest.isAfter(f.to().latest());
        return afterStart && beforeEnd;
    }

    private static long nonLocal(CheckContext ctx, PostHolders holders, LocalityResolver locality, Figure f, PostKind post) {
        if (f.to() == null) return -1;
        LocalDate on = f.to().latest();
        return ctx.data().units().stream()
                .filter(u -> u.type() != null && u.type().isGrassroots() && ctx.units().within(u.id(), f.unit()))
                .map(Unit::id)
                .filter(u -> holders.on(u, post, on).stream().anyMatch(c -> locality.of(c, u) == Locality.NON_LOCAL))
                .count();
    }
}
