package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;

/**
 * The days a record surely covers, given partial and approximate dates: from the latest day its
 * start may be to the earliest day its end may be. An open end ({@code to} not written: still in
 * post) is {@link LocalDate#MAX}. Checks use these spans so that they only report what the dates
 * prove, never what imprecision merely allows.
 */
public record Span(LocalDate start, LocalDate end) {

    public boolean isEmpty() {
        return end.isBefore(start);
    }

    /** Whether both surely share more than a day (a hand-over on the same day is not an overlap). */
    public boolean overlaps(Span o) {
        return !isEmpty() && !o.isEmpty() && start.isBefore(o.end) && o.start.isBefore(end);
    }

    public long months() {
        return end.equals(LocalDate.MAX) ? Long.MAX_VALUE : ChronoUnit.MONTHS.between(start, end);
    }

    /** What a tenure surely covers; null when it has no date at all. */
    public static Span of(Tenure t) {
        PartialDate startDate = t.from() != null ? t.from() : t.heldOn() != null ? t.heldOn() : t.to();
        if (startDate == null) return null;
        LocalDate start = latest(startDate);
        LocalDate end;
        if (t.to() != null) end = earliest(t.to());
        else if (t.from() != null) end = LocalDate.MAX;
        else end = t.heldOn() != null ? earliest(t.heldOn()) : start;
        if (t.from() == null && t.heldOn() != null && t.to() != null) start = latest(t.heldOn());
        if (t.from() == null && t.heldOn() == null) start = earliest(t.to());
        return new Span(start, end);
    }

    /**
     * What a tenure plausibly covers: from the earliest day it may have begun to the latest day
     * it may have ended. A post only known to be held in July 2022 counts for all of July.
     */
    public static Span plausible(Tenure t) {
        PartialDate first = t.from() != null ? t.from() : t.heldOn() != null ? t.heldOn() : t.to();
        if (first == null) return null;
        LocalDate end = t.to() != null ? latest(t.to()) : t.from() != null ? LocalDate.MAX : latest(t.heldOn());
        return new Span(earliest(first), end);
    }

    /** The earliest day a date may be; an approximate date may be up to a unit of its precision earlier. */
    public static LocalDate earliest(PartialDate d) {
        if (!d.approximate()) return d.earliest();
        return switch (d.precision()) {
            case YEAR -> d.earliest().minusYears(1);
            case MONTH -> d.earliest().minusMonths(3);
            case DAY -> d.earliest().minusMonths(1);
        };
    }

    /** The latest day a date may be, widened the same way for approximate dates. */
    public static LocalDate latest(PartialDate d) {
        if (!d.approximate()) return d.latest();
        return switch (d.precision()) {
            case YEAR -> d.latest().plusYears(1);
            case MONTH -> d.latest().plusMonths(3);
            case DAY -> d.latest().plusMonths(1);
        };
    }
}
