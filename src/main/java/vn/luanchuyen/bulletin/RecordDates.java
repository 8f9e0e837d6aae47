package vn.luanchuyen.bulletin;

import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Training;

/**
 * The date a record is filed under: the end of its period (a figure "as of" a date, classes up to
 * a month), else its start; an evaluation's month. A record belongs to a period when the days its
 * date stands for meet the period (approximation marks are not widened here: "~2022-02" is 2022).
 */
final class RecordDates {
    private RecordDates() {
    }

    static PartialDate of(Figure f) {
        return f.to() != null ? f.to() : f.from();
    }

    static PartialDate of(Achievement a) {
        return a.to() != null ? a.to() : a.from();
    }

    static PartialDate of(Training t) {
        return t.to() != null ? t.to() : t.from();
    }

    static PartialDate of(Evaluation e) {
        return e.month();
    }

    /** Whether {@code d} may lie within {@code from}–{@code to}; false for an unknown date. */
    static boolean within(PartialDate d, PartialDate from, PartialDate to) {
        return d != null && !d.earliest().isAfter(to.latest()) && !d.latest().isBefore(from.earliest());
    }

    /** Whether two spans meet; a null end is open. */
    static boolean meets(PartialDate start, PartialDate end, PartialDate from, PartialDate to) {
        boolean startsInTime = start == null || !start.earliest().isAfter(to.latest());
        boolean endsInTime = end == null || !end.latest().isBefore(from.earliest());
        return startsInTime && endsInTime;
    }
}
