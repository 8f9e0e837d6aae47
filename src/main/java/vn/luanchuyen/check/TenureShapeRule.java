package vn.luanchuyen.check;

import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;

/**
 * The fields a post needs: {@code tenure.body-missing} (a "cán bộ" tenure names its body),
 * {@code tenure.department-missing} / {@code tenure.department-unexpected} (only heads of
 * department name one), {@code tenure.no-date} (a tenure needs from, to or held_on).
 */
final class TenureShapeRule implements CadreRule {
    @Override
    public void check(CheckContext ctx, Cadre c, Diagnostics out) {
        for (Tenure t : c.tenures()) {
            if (t.post() == null) continue;
            boolean inDepartment = t.post().body() == Body.PHONG;
            if (t.post() == PostKind.CAN_BO && t.body() == null) out.error("tenure.body-missing", t.origin().at());
            if (inDepartment && t.department() == null) {
                out.error("tenure.department-missing", t.origin().of("post"), t.post().label());
            }
            if (!inDepartment && t.department() != null) {
                out.error("tenure.department-unexpected", t.origin().of("department"), t.post().label());
            }
            boolean written = t.origin().fields().containsKey("from") || t.origin().fields().containsKey("to")
                    || t.origin().fields().containsKey("held_on");
            if (!written) out.error("tenure.no-date", t.origin().at());
        }
    }
}
