package vn.luanchuyen.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.derive.Terms;

/**
 * {@code term.over-two} (warning): a head (Bí thư, Chủ tịch UBND, Chủ tịch HĐND) surely in the
 * same post of one unit for more than two consecutive terms ({@link Terms}: a term counts when the
 * holding covers at least twelve months of it).
 */
final class TwoTermsRule implements Rule {
    private static final List<PostKind> HEADS = List.of(PostKind.BI_THU, PostKind.CHU_TICH_UBND, PostKind.CHU_TICH_HDND);

    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        for (Cadre c : ctx.data().cadres()) {
            Map<String, List<Tenure>> byPost = new LinkedHashMap<>();
            for (Tenure t : c.tenures()) {
                if (t.post() != null && HEADS.contains(t.post()) && t.unit() != null && Span.of(t) != null) {
                    byPost.computeIfAbsent(t.unit() + "|" + t.post(), k -> new ArrayList<>()).add(t);
                }
            }
            for (List<Tenure> tenures : byPost.values()) {
                tenures.sort(Comparator.comparing(t -> known(t).start()));
                Tenure first = tenures.get(0);
                Span holding = known(first);
                for (Tenure t : tenures.subList(1, tenures.size())) {
                    Span next = known(t);
                    if (ChronoUnit.MONTHS.between(holding.end(), next.start()) > 6) {
                        report(c, first, holding, out);
                        first = t;
                        holding = next;
                    } else if (next.end().isAfter(holding.end())) {
                        holding = new Span(holding.start(), next.end());
                    }
                }
                report(c, first, holding, out);
            }
        }
    }

    /** The days surely held, an open end counted only up to the last date a source saw it held. */
    private static Span known(Tenure t) {
        Span s = Span.of(t);
        if (!s.end().equals(LocalDate.MAX)) return s;
        LocalDate end = t.heldOn() != null ? Span.earliest(t.heldOn()) : s.start();
        return new Span(s.start(), end.isBefore(s.start()) ? s.start() : end);
    }

    private static void report(Cadre c, Tenure first, Span holding, Diagnostics out) {
        int terms = Terms.count(first.post(), holding);
        if (terms > 2) out.warning("term.over-two", first.origin().of("from"), c.name(), first.post().label(), first.unit(), terms);
    }
}
