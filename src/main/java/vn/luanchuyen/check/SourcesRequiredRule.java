package vn.luanchuyen.check;

import java.util.List;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Origin;

/** {@code record.no-source}: every cadre, programme and aggregate cites at least one source. */
final class SourcesRequiredRule implements Rule, CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        need(c.id(), c.sources(), c.origin(), out);
    }

    /** The records other than cadres. */
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        var d = ctx.data();
        d.programmes().forEach(p -> need(p.id(), p.sources(), p.origin(), out));
        d.figures().forEach(f -> need(f.id(), f.sources(), f.origin(), out));
        d.achievements().forEach(a -> need(a.id(), a.sources(), a.origin(), out));
        d.trainings().forEach(t -> need(t.id(), t.sources(), t.origin(), out));
        d.evaluations().forEach(e -> need(e.id(), e.sources(), e.origin(), out));
    }

    private static void need(String id, List<String> sources, Origin origin, Diagnostics out) {
        if (sources.isEmpty()) out.error("record.no-source", origin.at(), id == null ? "?" : id);
    }
}
