package vn.luanchuyen.check;

import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;

/**
 * {@code tenure.end-before-start} and {@code period.end-before-start}: an end surely before its
 * start; {@code tenure.held-on-outside}: a "held on" date surely outside the tenure.
 */
final class PeriodOrderRule implements Rule, CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        for (Tenure t : c.tenures()) {
            if (before(t.to(), t.from())) out.error("tenure.end-before-start", t.origin().of("to"), t.to(), t.from());
            if (t.heldOn() != null && (before(t.heldOn(), t.from()) || before(t.to(), t.heldOn()))) {
                out.error("tenure.held-on-outside", t.origin().of("held_on"), t.heldOn(), t.from() == null ? "…" : t.from(),
                        t.to() == null ? "…" : t.to());
            }
        }
    }

    /** The periods of the records other than cadres. */
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        var d = ctx.data();
        d.units().forEach(u -> period(u.validFrom(), u.validTo(), u.origin(), "valid_to", out));
        d.units().forEach(u -> u.parents().forEach(p -> period(p.from(), p.to(), p.origin(), "to", out)));
        d.programmes().forEach(p -> period(p.from(), p.to(), p.origin(), "to", out));
        d.figures().forEach(f -> period(f.from(), f.to(), f.origin(), "to", out));
        d.achievements().forEach(a -> period(a.from(), a.to(), a.origin(), "to", out));
        d.trainings().forEach(t -> period(t.from(), t.to(), t.origin(), "to", out));
    }

    private static void period(PartialDate from, PartialDate to, Origin origin, String field, Diagnostics out) {
        if (before(to, from)) out.error("period.end-before-start", origin.of(field), to, from);
    }

    /** Whether {@code a} is surely before {@code b}. */
    static boolean before(PartialDate a, PartialDate b) {
        return a != null && b != null && Span.latest(a).isBefore(Span.earliest(b));
    }
}
