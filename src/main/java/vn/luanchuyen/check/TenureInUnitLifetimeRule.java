package vn.luanchuyen.check;

import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;

/**
 * {@code tenure.unit-not-valid}: a post held in a unit surely before it existed or after it ended.
 * A tenure with no end in a unit that ended simply ends with the unit.
 */
final class TenureInUnitLifetimeRule implements CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        for (Tenure t : c.tenures()) {
            Span span = Span.of(t);
            Unit u = ctx.units().get(t.unit()).orElse(null);
            if (span == null || u == null) continue;
            boolean afterEnd = u.validTo() != null && span.start().isAfter(Span.latest(u.validTo()));
            boolean beforeStart = u.validFrom() != null && span.end().isBefore(Span.earliest(u.validFrom()));
            if (afterEnd || beforeStart) {
                out.error("tenure.unit-not-valid", t.origin().of(field(t, afterEnd)), u.id(),
                        u.validFrom() == null ? "…" : u.validFrom(), u.validTo() == null ? "…" : u.validTo());
            }
        }
    }

    /** The date that proves it: the start when the tenure began after the unit ended, else the end. */
    private static String field(Tenure t, boolean afterEnd) {
        if (afterEnd) return t.from() != null ? "from" : t.heldOn() != null ? "held_on" : "to";
        return t.to() != null ? "to" : t.heldOn() != null ? "held_on" : "from";
    }
}
