package vn.luanchuyen.export;

import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;

/**
 * A body of a unit in which posts are held: the Party committee, the People's Committee, a
 * department of it … Ids are the unit's id and the body's: {@code cuc-duong/cap-uy},
 * {@code vo-nhai/phong/tai-nguyen-moi-truong}.
 */
record Organization(String unit, Body body, Department department) {

    static Organization of(Tenure t) {
        Body body = t.bodyOfPost();
        boolean inDepartment = t.post().body() == Body.PHONG && t.department() != null;
        return new Organization(t.unit(), body, inDepartment ? t.department() : null);
    }

    String id() {
        if (department != null) return unit + "/phong/" + department.id();
        return unit + "/" + (body == null ? "co-quan" : body.id());
    }

    String name(Unit u) {
        if (u == null) return id();
        if (department != null) return "Phòng " + department.label() + " " + PostNames.unit(u);
        return body == null ? PostNames.unit(u) : PostNames.body(body, u);
    }

    /** The kind of body: "cấp ủy", "UBND", "phòng" for a department … */
    String classification() {
        if (department != null) return "phòng";
        return body == null ? "" : body.label();
    }

    /** The body this one belongs to: the Party committee for its boards, the People's Committee for its offices. */
    String parentId() {
        if (department != null) return unit + "/" + Body.UBND.id();
        if (body == null) return null;
        return switch (body) {
            case BTV, BCH, VAN_PHONG_CAP_UY, BAN_TO_CHUC, BAN_TUYEN_GIAO, BAN_DAN_VAN, UY_BAN_KIEM_TRA -> unit + "/" + Body.CAP_UY.id();
            case VAN_PHONG_UBND, THANH_TRA, PHONG -> unit + "/" + Body.UBND.id();
            default -> null;
        };
    }

    String postId(PostKind post) {
        return id() + "/" + post.id();
    }
}
