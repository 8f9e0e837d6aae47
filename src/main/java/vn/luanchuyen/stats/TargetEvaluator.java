package vn.luanchuyen.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.stats.TargetResult.YearResult;

/**
 * Judges targets on a reference date. A share or count is met when its figure reaches the
 * threshold; before the deadline it is otherwise behind, after it missed. A per-year target
 * judges each year from the programme's start: a finished year met or missed, the current one
 * on track when its count keeps pace with the part of the year gone; the target is met when
 * every year up to the deadline was, missed once a year was missed and the deadline passed.
 */
public final class TargetEvaluator {
    private final FigureResolver figures;
    private final MoveStats moves;
    private final LocalDate asOf;

    public TargetEvaluator(FigureResolver figures, MoveStats moves, LocalDate asOf) {
        this.figures = figures;
        this.moves = moves;
        this.asOf = asOf;
    }

    public List<TargetResult> evaluate(Programme p) {
        List<TargetResult> out = new ArrayList<>();
        for (Target t : p.targets()) {
            String scope = t.scope() != null ? t.scope() : p.scope();
            if (scope != null && t.indicator() != null) out.add(evaluate(p, t, scope));
        }
        return out;
    }

    private TargetResult evaluate(Programme p, Target t, String scope) {
        if (t.perYear()) return perYear(p, t, scope);
        LocalDate deadline = t.deadline() == null ? null : t.deadline().latest();
        LocalDate on = deadline != null && deadline.isBefore(asOf) ? deadline : asOf;
        FigureValue actual = figures.asOf(scope, t.indicator(), on).orElse(null);
        if (t.threshold() == null) return new TargetResult(p, t, scope, actual, TargetState.NO_THRESHOLD, List.of());
        if (actual == null) return new TargetResult(p, t, scope, null, TargetState.UNKNOWN, List.of());
        BigDecimal measured = t.indicator().measure() == Indicator.Measure.SHARE ? actual.percentage() : actual.value();
        if (measured == null) return new TargetResult(p, t, scope, actual, TargetState.UNKNOWN, List.of());
        boolean reached = reaches(measured, t);
        TargetState state = reached ? TargetState.MET
                : deadline != null && deadline.isBefore(asOf) ? TargetState.MISSED : TargetState.BEHIND;
        return new TargetResult(p, t, scope, actual, state, List.of());
    }

    private static boolean reaches(BigDecimal measured, Target t) {
        int c = measured.compareTo(t.threshold());
        return t.comparison() == Comparison.AT_MOST ? c <= 0 : c >= 0;
    }

    private TargetResult perYear(Programme p, Target t, String scope) {
        Predicate<Move> which = t.indicator() == Indicator.MOVES_DOWN_PER_YEAR ? moves.down() : moves.lateralBetweenCommunes();
        int first = p.from() != null ? p.from().year() : t.deadline() != null ? t.deadline().year() : asOf.getYear();
        int last = Math.min(t.deadline() != null ? t.deadline().year() : asOf.getYear(), asOf.getYear());
        List<YearResult> years = new ArrayList<>();
        boolean anyMissed = false;
        boolean currentBehind = false;
        for (int y = first; y <= last; y++) {
            long count = moves.between(scope, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), which);
            boolean finished = y < asOf.getYear();
            boolean met = reaches(BigDecimal.valueOf(count), t);
            TargetState state;
            if (met) state = TargetState.MET;
            else if (finished) state = TargetState.MISSED;
            else {
                double gone = asOf.getDayOfYear() / (double) asOf.lengthOfYear();
                state = count >= t.threshold().doubleValue() * gone ? TargetState.ON_TRACK : TargetState.BEHIND;
            }
            anyMissed |= state == TargetState.MISSED;
            currentBehind |= state == TargetState.BEHIND;
            years.add(new YearResult(y, count, state));
        }
        boolean deadlinePassed = t.deadline() != null && t.deadline().latest().isBefore(asOf);
        TargetState overall = years.isEmpty() ? TargetState.UNKNOWN
                : anyMissed ? (deadlinePassed ? TargetState.MISSED : TargetState.BEHIND)
                : currentBehind ? TargetState.BEHIND
                : deadlinePassed ? TargetState.MET : TargetState.ON_TRACK;
        long total = years.stream().mapToLong(YearResult::count).sum();
        FigureValue actual = FigureValue.counted(total, p.from(), vn.luanchuyen.model.PartialDate.of(asOf));
        return new TargetResult(p, t, scope, actual, overall, years);
    }
}
