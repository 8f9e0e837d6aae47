package vn.luanchuyen.check;

import vn.luanchuyen.derive.HeadHoldings;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;

/**
 * {@code term.over-two} (warning): a head (Bí thư, Chủ tịch UBND, Chủ tịch HĐND) surely in the
 * same post of one unit for more than two consecutive terms ({@link HeadHoldings}: a term counts when the
 * holding covers at least twelve months of it).
 */
final class TwoTermsRule implements CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        for (HeadHoldings.Holding h : HeadHoldings.of(c)) {
            if (h.terms() > 2) {
                out.warning("term.over-two", h.first().origin().of("from"), c.name(), h.first().post().label(), h.first().unit(),
                        h.terms());
            }
        }
    }
}
