package vn.luanchuyen.check;

import java.util.List;
import java.util.Objects;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Tenure;

/**
 * {@code cadre.concurrent-posts}: one person surely in two primary posts at once, where that is
 * not an allowed combination (kiêm nhiệm: Bí thư and Chủ tịch UBND or HĐND of one unit …).
 */
final class ConcurrentPostsRule implements CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        List<Tenure> primary = c.tenures().stream()
                .filter(t -> t.post() != null && t.post().isPrimary() && Span.of(t) != null)
                .toList();
        for (int i = 0; i < primary.size(); i++) {
            for (int j = i + 1; j < primary.size(); j++) {
                Tenure a = primary.get(i);
                Tenure b = primary.get(j);
                boolean combinable = Objects.equals(a.unit(), b.unit()) && a.post().mayCombineWith(b.post());
                boolean samePost = Objects.equals(a.unit(), b.unit()) && a.post() == b.post();
                if (!combinable && !samePost && Span.of(a).overlaps(Span.of(b))) {
                    out.error("cadre.concurrent-posts", b.origin().of("from"), c.name(), a.post().label(), a.unit(),
                            b.post().label(), b.unit());
                }
            }
        }
    }
}
