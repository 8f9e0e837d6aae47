package vn.luanchuyen.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;

/** {@code post.two-holders}: two people surely in the same single-holder post at the same time. */
final class SingleHolderRule implements Rule {
    private record Holding(Cadre cadre, Tenure tenure, Span span) {
    }

    /** One post: the unit, the kind of post and the department (a record, not a joined string: 200,000 tenures nationally). */
    private record Post(String unit, PostKind post, Department department) {
    }

    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        Map<Post, List<Holding>> byPost = new LinkedHashMap<>();
        for (Cadre c : ctx.data().cadres()) {
            for (Tenure t : c.tenures()) {
                Span span = Span.of(t);
                if (t.post() == null || !t.post().isSingleHolder() || t.unit() == null || span == null) continue;
                byPost.computeIfAbsent(new Post(t.unit(), t.post(), t.department()), k -> new ArrayList<>()).add(new Holding(c, t, span));
            }
        }
        for (List<Holding> holdings : byPost.values()) {
            holdings.sort(Comparator.comparing((Holding h) -> h.span.start()).thenComparing(h -> h.tenure.origin().at()));
            for (int i = 0; i < holdings.size(); i++) {
                for (int j = i + 1; j < holdings.size(); j++) {
                    Holding a = holdings.get(i);
                    Holding b = holdings.get(j);
                    if (b.span.start().isAfter(a.span.end())) continue;
                    if (a.cadre != b.cadre && a.span.overlaps(b.span)) {
                        out.error("post.two-holders", b.tenure.origin().of("from"), b.cadre.name(), a.cadre.name(),
                                b.tenure.post().label(), b.tenure.unit(), a.tenure.origin().at());
                    }
                }
            }
        }
    }
}
