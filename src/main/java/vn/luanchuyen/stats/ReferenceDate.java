package vn.luanchuyen.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        List<PartialDate> dates = new ArrayList<>();
        d.cadres().forEach(c -> c.tenures().forEach(t -> {
            dates.add(t.from());
            dates.add(t.to());
            dates.add(t.heldOn());
        }));
        d.figures().forEach(f -> dates.add(f.to()));
        d.achievements().forEach(a -> dates.add(a.to()));
        d.evaluations().forEach(e -> dates.add(e.month()));
        d.sources().forEach(s -> dates.add(s.date()));
        return dates.stream().filter(x -> x != null && !x.approximate()).map(PartialDate::earliest)
                .max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
    }
}
