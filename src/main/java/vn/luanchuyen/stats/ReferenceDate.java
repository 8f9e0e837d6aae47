package vn.luanchuyen.stats;

import java.time.LocalDate;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;

/**
 * The date figures and targets are judged on: the latest date the records speak of, so that the
 * same data always gives the same statuses (no clock).
 */
public final class ReferenceDate {
    private ReferenceDate() {
    }

    public static LocalDate of(Dataset d) {
        Latest latest = new Latest();
        d.cadres().forEach(c -> c.tenures().forEach(t -> {
            latest.add(t.from());
            latest.add(t.to());
            latest.add(t.heldOn());
        }));
        d.figures().forEach(f -> latest.add(f.to()));
        d.achievements().forEach(a -> latest.add(a.to()));
        d.evaluations().forEach(e -> latest.add(e.month()));
        d.sources().forEach(s -> latest.add(s.date()));
        return latest.date != null ? latest.date : LocalDate.of(2000, 1, 1);
    }

    /** The latest exact date seen (its earliest day), taken as the dates go by: a national dataset has 660,000 of them. */
    private static final class Latest {
        private LocalDate date;

        void add(PartialDate d) {
            if (d == null || d.approximate()) return;
            LocalDate day = d.earliest();
            if (date == null || day.isAfter(date)) date = day;
        }
    }
}
