package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;

/**
 * A head's continuous holdings of one post of one unit (Bí thư, Chủ tịch UBND, Chủ tịch HĐND):
 * consecutive tenures less than six months apart are one holding, and how many terms it spans.
 * An open end counts only up to the last date a source saw the post held.
 */
public final class HeadHoldings {
    public static final List<PostKind> HEADS = List.of(PostKind.BI_THU, PostKind.CHU_TICH_UBND, PostKind.CHU_TICH_HDND);

    private HeadHoldings() {
    }

    /** One holding: the first tenure of it, the days surely held, and the terms they cover. */
    public record Holding(Tenure first, Span span, int terms) {
    }

    public static List<Holding> of(Cadre c) {
        Map<String, List<Tenure>> byPost = new LinkedHashMap<>();
        for (Tenure t : c.tenures()) {
            if (t.post() != null && HEADS.contains(t.post()) && t.unit() != null && Span.of(t) != null) {
                byPost.computeIfAbsent(t.unit() + "|" + t.post(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Holding> out = new ArrayList<>();
        for (List<Tenure> tenures : byPost.values()) {
            tenures.sort(Comparator.comparing(t -> known(t).start()));
            Tenure first = tenures.get(0);
            Span holding = known(first);
            for (Tenure t : tenures.subList(1, tenures.size())) {
                Span next = known(t);
                if (ChronoUnit.MONTHS.between(holding.end(), next.start()) > 6) {
                    out.add(new Holding(first, holding, Terms.count(first.post(), holding)));
                    first = t;
                    holding = next;
                } else if (next.end().isAfter(holding.end())) {
                    holding = new Span(holding.start(), next.end());
                }
            }
            out.add(new Holding(first, holding, Terms.count(first.post(), holding)));
        }
        return out;
    }

    private static Span known(Tenure t) {
        Span s = Span.of(t);
        if (!s.end().equals(LocalDate.MAX)) return s;
        LocalDate end = t.heldOn() != null ? Span.earliest(t.heldOn()) : s.start();
        return new Span(s.start(), end.isBefore(s.start()) ? s.start() : end);
    }
}
