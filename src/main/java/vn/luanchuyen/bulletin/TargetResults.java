package vn.luanchuyen.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.bulletin.BulletinView.TargetRow;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.text.VietnameseNumbers;

/**
 * Sets each target of the programmes in force against a result: counted from the moves on record
 * (per-year rotation targets, or moves when no figure was declared), or a figure a source declared
 * for the period. Counts from records can only show what was recorded, so falling short of a target
 * is "unrecorded", not "unmet".
 */
final class TargetResults {
    private final DataIndex index;
    private final PeriodRecords period;

    TargetResults(DataIndex index, PeriodRecords period) {
        this.index = index;
        this.period = period;
    }

    /** A result: its value, its text, where it comes from and as of when. */
    record Result(BigDecimal value, String text, String basis, String when) {
    }

    List<TargetRow> rows() {
        List<TargetRow> rows = new ArrayList<>();
        for (Programme p : period.programmes()) {
            for (Target t : p.targets()) {
                Result r = result(t.indicator());
                rows.add(new TargetRow(ProgrammeParts.target(p, t), r == null ? null : r.text(),
                        r == null ? "none" : r.basis(), r == null ? null : r.when(), status(t, r)));
            }
        }
        return rows;
    }

    Result result(Indicator indicator) {
        return switch (indicator) {
            case MOVES_DOWN_PER_YEAR -> period.from().year() == period.to().year() ? counted(count(Direction.DOWN, false)) : null;
            case MOVES_LATERAL_PER_YEAR -> period.from().year() == period.to().year() ? counted(count(Direction.LATERAL, true)) : null;
            case MOVES -> declared(indicator).orElseGet(() -> period.moves().isEmpty() ? null : counted(period.moves().size()));
            default -> declared(indicator).orElse(null);
        };
    }

    /** Moves on record in the period in one direction; lateral ones only between grassroots units. */
    int count(Direction direction, boolean grassrootsOnly) {
        return (int) period.moves().stream().filter(m -> m.direction() == direction)
                .filter(m -> !grassrootsOnly || (grassroots(m.to().unit()) && m.from() != null && grassroots(m.from().unit())))
                .count();
    }

    private boolean grassroots(String unit) {
        return index.unit(unit).map(u -> u.type().isGrassroots()).orElse(false);
    }

    private Result counted(int n) {
        return new Result(BigDecimal.valueOf(n), VietnameseNumbers.of(n), "records", DatePhrases.span(period.from(), period.to()));
    }

    /** The latest figure of the period for the indicator, the unit's own before those of units within it. */
    private Optional<Result> declared(Indicator indicator) {
        return period.figures().stream().filter(f -> f.indicator() == indicator)
                .max(Comparator.comparing((Figure f) -> f.unit().equals(period.unit().id())).thenComparing(RecordDates::of))
                .map(f -> new Result(indicator.measure() == Indicator.Measure.SHARE ? Numbers.percent(f) : f.value(),
                        Numbers.figure(f), "declared", DatePhrases.span(f.from(), f.to())));
    }

    private static String status(Target t, Result r) {
        if (t.threshold() == null) return "no-threshold";
        if (r == null || r.value() == null) return "no-result";
        boolean atMost = t.comparison() == Comparison.AT_MOST;
        int c = r.value().compareTo(t.threshold());
        if (atMost ? c <= 0 : c >= 0) return "met";
        return "records".equals(r.basis()) && !atMost ? "unrecorded" : "unmet";
    }

    /** Whether any move in the period has the direction, for the charts. */
    static boolean any(List<Move> moves, Direction d) {
        return moves.stream().anyMatch(m -> m.direction() == d);
    }
}
