package vn.luanchuyen.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;

/** {@code id.duplicate}: two records of one kind with the same id. */
final class DuplicateIdRule implements Rule {
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        var d = ctx.data();
        unique(d.units(), Unit::id, Unit::origin, out);
        unique(d.cadres(), Cadre::id, Cadre::origin, out);
        unique(d.sources(), Source::id, Source::origin, out);
        unique(d.programmes(), Programme::id, Programme::origin, out);
        unique(d.figures(), Figure::id, Figure::origin, out);
        unique(d.achievements(), Achievement::id, Achievement::origin, out);
        unique(d.trainings(), Training::id, Training::origin, out);
        unique(d.evaluations(), Evaluation::id, Evaluation::origin, out);
    }

    private static <T> void unique(List<T> items, Function<T, String> id, Function<T, Origin> origin, Diagnostics out) {
        Map<String, SourcePos> first = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key == null) continue;
            SourcePos at = origin.apply(item).of("id");
            SourcePos earlier = first.putIfAbsent(key, at);
            if (earlier != null) out.error("id.duplicate", at, key, earlier);
        }
    }
}
