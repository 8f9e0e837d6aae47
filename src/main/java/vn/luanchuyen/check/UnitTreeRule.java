package vn.luanchuyen.check;

import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;
import vn.luanchuyen.model.UnitEventKind;

/**
 * The tree of units: {@code unit.cycle} (a unit that is its own ancestor),
 * {@code unit.parent-not-valid} (a parent link while the parent did not exist),
 * {@code unit.event-incomplete} (a rename without the new name, a merge without the unit merged into …).
 */
final class UnitTreeRule implements Rule {
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        for (Unit u : ctx.data().units()) {
            if (u.id() == null) continue;
            if (ctx.units().isOwnAncestor(u.id())) out.error("unit.cycle", u.origin().of("id"), u.id());
            for (ParentLink p : u.parents()) {
                ctx.units().get(p.unit()).ifPresent(parent -> {
                    var start = p.from() != null ? p.from() : u.validFrom();
                    var end = p.to() != null ? p.to() : u.validTo();
                    boolean outlivesParent = parent.validTo() != null
                            && (end == null || PeriodOrderRule.before(parent.validTo(), end));
                    boolean startsBeforeParent = PeriodOrderRule.before(start, parent.validFrom());
                    if (outlivesParent || startsBeforeParent) {
                        out.error("unit.parent-not-valid", p.origin().of("unit"), u.id(), parent.id(),
                                parent.validFrom() == null ? "…" : parent.validFrom(),
                                parent.validTo() == null ? "…" : parent.validTo());
                    }
                });
            }
            for (UnitEvent e : u.events()) {
                if (e.kind() == null) continue;
                String needs = e.kind() == UnitEventKind.MERGED_INTO && e.into() == null ? "into"
                        : e.kind() == UnitEventKind.RENAMED && e.name() == null ? "name"
                        : e.kind() == UnitEventKind.TYPE_CHANGED && e.type() == null ? "type"
                        : null;
                if (needs != null) out.error("unit.event-incomplete", e.origin().at(), e.kind().label(), needs);
            }
        }
    }
}
