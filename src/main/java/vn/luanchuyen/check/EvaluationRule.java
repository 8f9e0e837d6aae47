package vn.luanchuyen.check;

import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.RatingCount;

/**
 * {@code evaluation.count-mismatch}: the counts per rating do not add up to the number evaluated;
 * {@code evaluation.too-many-ratings}: more individual ratings than cadres evaluated.
 */
final class EvaluationRule implements Rule {
    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        for (Evaluation e : ctx.data().evaluations()) {
            if (e.evaluated() == null) continue;
            int sum = e.counts().stream().mapToInt(RatingCount::count).sum();
            if (!e.counts().isEmpty() && sum != e.evaluated()) {
                out.error("evaluation.count-mismatch", e.origin().of("counts"), sum, e.evaluated());
            }
            if (e.ratings().size() > e.evaluated()) {
                out.error("evaluation.too-many-ratings", e.origin().of("ratings"), e.ratings().size(), e.evaluated());
            }
        }
    }
}
