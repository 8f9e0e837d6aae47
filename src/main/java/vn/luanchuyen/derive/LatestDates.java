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
            latest = later(later(later(latest, t.from()), t.to()), t.heldOn());
        }
        return Optional.ofNullable(latest);
    }

    /** The later of {@code latest} (null: none yet) and the first day of {@code d}, if {@code d} is given and exact. */
    public static LocalDate later(LocalDate latest, PartialDate d) {
        if (d == null || d.approximate()) return latest;
        LocalDate day = d.earliest();
        return latest == null || day.isAfter(latest) ? day : latest;
    }
}
