package vn.luanchuyen.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.derive.LatestDates;
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
        return of(d, d.cadres().stream().map(LatestDates::of).toList());
    }

    /**
     * As {@link #of(Dataset)}, with the latest date of each cadre's tenures already found
     * ({@link LatestDates}, in the order of the cadres; a process that builds again keeps them by record).
     */
    public static LocalDate of(Dataset d, List<Optional<LocalDate>> latestOfEachCadre) {
        Latest latest = new Latest();
        latestOfEachCadre.forEach(c -> c.ifPresent(latest::add));
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
            date = LatestDates.later(date, d);
        }

        void add(LocalDate day) {
            if (date == null || day.isAfter(date)) date = day;
        }
    }
}
