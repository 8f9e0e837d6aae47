package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.util.Optional;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;

/** The latest exact date a cadre's tenures speak of (the earliest day of it): approximate dates do not count. */
public final class LatestDates {
    private LatestDates() {
    }

    public static Optional<LocalDate> of(Cadre c) {
        LocalDate latest = null;
        for (Tenure t : c.tenures()) {
            for (PartialDate d : new PartialDate[] {t.from(), t.to(), t.heldOn()}) {
                if (d == null || d.approximate()) continue;
                LocalDate day = d.earliest();
                if (latest == null || day.isAfter(latest)) latest = day;
            }
        }
        return Optional.ofNullable(latest);
    }
}
