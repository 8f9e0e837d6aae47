package vn.luanchuyen.check;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;

/**
 * {@code rotation.short} (warning): a rotation (luân chuyển) that surely lasted less than 36
 * months, the minimum of Quy định 65-QĐ/TW. The stay runs over the following tenures in the
 * same unit, so a rotated deputy later elected secretary of the same commune is one stay.
 */
final class RotationLengthRule implements CadreRule {
    static final int MINIMUM_MONTHS = 36;

    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        List<Tenure> ordered = c.tenures().stream()
                .filter(t -> t.post() != null && t.post().isPrimary() && Span.of(t) != null)
                .sorted(Comparator.comparing(t -> Span.of(t).start()))
                .toList();
        for (int i = 0; i < ordered.size(); i++) {
            Tenure start = ordered.get(i);
            if (!start.began().contains(StartKind.LUAN_CHUYEN) || start.from() == null) continue;
            Tenure last = start;
            for (Tenure t : ordered.subList(i + 1, ordered.size())) {
                if (!Objects.equals(t.unit(), start.unit())) break;
                last = t;
            }
            if (last.to() == null) continue;
            long longest = ChronoUnit.MONTHS.between(Span.earliest(start.from()), Span.latest(last.to()).plusDays(1));
            if (longest < MINIMUM_MONTHS) {
                out.warning("rotation.short", start.origin().of("from"), c.name(), start.unit(), longest,
                        MINIMUM_MONTHS);
            }
        }
    }
}
