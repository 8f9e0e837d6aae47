package vn.luanchuyen.check;

import java.util.Collection;
import java.util.List;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.ActionProgramme;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.IndividualRating;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Review;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;
import vn.luanchuyen.text.Suggest;

/** {@code ref.unknown-unit}, {@code -cadre}, {@code -source}, {@code -programme}: a reference to no record. */
final class ReferenceRule implements Rule, CadreRule {
    /** A cadre's references: units and sources only. */
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        Refs r = new Refs(ctx, out);
        r.unit(c.hometown(), c.origin(), "hometown");
        r.sources(c.sources(), c.origin());
        for (Tenure t : c.tenures()) {
            r.unit(t.unit(), t.origin(), "unit");
            r.sources(t.sources(), t.origin());
            if (t.decision() != null) r.unit(t.decision().issuerUnit(), t.decision().origin(), "issuer.unit");
        }
        for (ActionProgramme a : c.actionProgrammes()) {
            r.unit(a.unit(), a.origin(), "unit");
            r.unit(a.presentedToUnit(), a.origin(), "presented_to.unit");
            r.sources(a.sources(), a.origin());
        }
    }

    /** The references of the records other than cadres. */
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        Refs r = new Refs(ctx, out);
        for (Unit u : ctx.data().units()) {
            for (ParentLink p : u.parents()) r.unit(p.unit(), p.origin(), "unit");
            for (UnitEvent e : u.events()) r.unit(e.into(), e.origin(), "into");
            r.sources(u.sources(), u.origin());
        }
        for (Programme p : ctx.data().programmes()) {
            r.unit(p.issuerUnit(), p.origin(), "issuer.unit");
            r.unit(p.scope(), p.origin(), "scope");
            r.sources(p.sources(), p.origin());
            for (Target t : p.targets()) r.unit(t.scope(), t.origin(), "scope");
            for (Review v : p.reviews()) {
                r.cadre(v.chair(), v.origin(), "chair");
                r.sources(v.sources(), v.origin());
            }
        }
        for (Figure f : ctx.data().figures()) {
            r.unit(f.unit(), f.origin(), "unit");
            r.sources(f.sources(), f.origin());
        }
        for (Achievement a : ctx.data().achievements()) {
            r.unit(a.unit(), a.origin(), "unit");
            r.cadre(a.cadre(), a.origin(), "cadre");
            r.sources(a.sources(), a.origin());
        }
        for (Training t : ctx.data().trainings()) {
            r.unit(t.unit(), t.origin(), "unit");
            r.sources(t.sources(), t.origin());
        }
        for (Evaluation e : ctx.data().evaluations()) {
            r.unit(e.unit(), e.origin(), "unit");
            r.sources(e.sources(), e.origin());
            for (String b : e.basis()) r.programme(b, e.origin(), "basis=" + b);
            for (IndividualRating i : e.ratings()) r.cadre(i.cadre(), i.origin(), "cadre");
        }
    }

    /** Each reference with the record and field it is in: the field's position is looked up only to report it (nationally, some 330,000 references are checked). */
    private record Refs(CheckContext ctx, Diagnostics out) {
        void unit(String id, Origin origin, String field) {
            if (id != null && !ctx.units().contains(id)) report("ref.unknown-unit", id, origin.of(field), ctx.units().ids());
        }

        void cadre(String id, Origin origin, String field) {
            if (id != null && !ctx.cadres().containsKey(id)) report("ref.unknown-cadre", id, origin.of(field), ctx.cadres().keySet());
        }

        void programme(String id, Origin origin, String field) {
            if (id != null && !ctx.programmes().containsKey(id)) {
                report("ref.unknown-programme", id, origin.of(field), ctx.programmes().keySet());
            }
        }

        void sources(List<String> ids, Origin origin) {
            for (String id : ids) {
                if (!ctx.sources().containsKey(id)) {
                    report("ref.unknown-source", id, origin.of("sources=" + id), ctx.sources().keySet());
                }
            }
        }

        private void report(String code, String id, SourcePos at, Collection<String> known) {
            String suggestion = Suggest.closest(id, known).orElse("");
            out.error(code, at, id, suggestion);
        }
    }
}
