package vn.luanchuyen.text;

import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;

/**
 * Vietnamese names of units, bodies and posts as official texts write them: "xã Cúc Đường",
 * "Huyện ủy Võ Nhai", "Bí thư Đảng ủy xã Cúc Đường", "Trưởng phòng Tài nguyên và Môi trường
 * huyện Võ Nhai", "Chánh Văn phòng Huyện ủy Võ Nhai".
 */
public final class PostNames {
    private PostNames() {
    }

    /** "xã Cúc Đường", "thành phố Gia Nghĩa"; the root is "Trung ương". */
    public static String unit(Unit u) {
        return u.type() == UnitType.TRUNG_UONG ? "Trung ương" : u.type().label() + " " + u.name();
    }

    /** "Huyện ủy Võ Nhai", "Đảng ủy xã Cúc Đường", "Ban Chấp hành Trung ương". */
    public static String partyCommittee(Unit u) {
        return u.type() == UnitType.TRUNG_UONG ? u.type().partyCommittee() : u.type().partyCommittee() + " " + u.name();
    }

    /** A body of a unit: "UBND phường Nghĩa Tân", "Ban Tổ chức Huyện ủy Lập Thạch", "Thanh tra huyện Nông Sơn". */
    public static String body(Body body, Unit u) {
        return switch (body) {
            case CAP_UY -> partyCommittee(u);
            case BTV -> "Ban Thường vụ " + partyCommittee(u);
            case BCH -> "Ban Chấp hành Đảng bộ " + unit(u);
            case VAN_PHONG_CAP_UY -> "Văn phòng " + partyCommittee(u);
            case BAN_TO_CHUC, BAN_TUYEN_GIAO, BAN_DAN_VAN, UY_BAN_KIEM_TRA -> body.label() + " " + partyCommittee(u);
            case PHONG -> "phòng chuyên môn " + unit(u);
            default -> body.label() + " " + unit(u);
        };
    }

    /** The full title of the post a tenure is in. */
    public static String post(Tenure t, Unit u) {
        PostKind p = t.post();
        return switch (p) {
            case BI_THU, PHO_BI_THU, PHO_BI_THU_THUONG_TRUC, UY_VIEN_BTV, UY_VIEN_BCH -> p.label() + " " + partyCommittee(u);
            case CHANH_VAN_PHONG -> "Chánh " + body(p.body(), u);
            case TRUONG_BAN_TO_CHUC, TRUONG_BAN_TUYEN_GIAO, TRUONG_BAN_DAN_VAN -> "Trưởng " + body(p.body(), u);
            case CHU_NHIEM_UBKT -> "Chủ nhiệm " + body(p.body(), u);
            case TRUONG_PHONG, PHO_TRUONG_PHONG ->
                    p.label() + " " + (t.department() == null ? "" : t.department().label() + " ") + unit(u);
            case CAN_BO -> "Cán bộ " + (t.body() == null ? unit(u) : body(t.body(), u));
            default -> p.label() + " " + unit(u);
        };
    }
}
