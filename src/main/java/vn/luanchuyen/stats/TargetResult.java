package vn.luanchuyen.stats;

import java.util.List;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Target;

/**
 * A target judged on the reference date: the figure it was judged on (none when the records
 * and sources say nothing), its state, and for per-year targets the count and state of each year.
 */
public record TargetResult(Programme programme, Target target, String scope, FigureValue actual, TargetState state,
                           List<YearResult> years) {

    public TargetResult {
        years = List.copyOf(years);
    }

    /** One year of a per-year target. */
    public record YearResult(int year, long count, TargetState state) {
    }
}
