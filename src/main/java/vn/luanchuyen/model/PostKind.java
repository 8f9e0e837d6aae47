package vn.luanchuyen.model;

import java.util.Set;

/**
 * Kinds of post. {@code key}: the unit's key cadres (cán bộ chủ chốt). {@code singleHolder}: one
 * person at a time in a given unit (and department). {@code primary}: a job, of which a person
 * holds one at a time unless {@link #mayCombineWith} allows the pair (kiêm nhiệm) in one unit;
 * memberships such as Ủy viên Ban Thường vụ are not primary.
 */
public enum PostKind implements Term {
    BI_THU("Bí thư", Body.CAP_UY, true, true, true),
    PHO_BI_THU_THUONG_TRUC("Phó Bí thư Thường trực", Body.CAP_UY, true, true, true),
    PHO_BI_THU("Phó Bí thư", Body.CAP_UY, true, false, true),
    UY_VIEN_BTV("Ủy viên Ban Thường vụ", Body.CAP_UY, false, false, false),
    UY_VIEN_BCH("Ủy viên Ban Chấp hành", Body.CAP_UY, false, false, false),
    CHU_TICH_UBND("Chủ tịch UBND", Body.UBND, true, true, true),
    PHO_CHU_TICH_UBND("Phó Chủ tịch UBND", Body.UBND, false, false, true),
    CHU_TICH_HDND("Chủ tịch HĐND", Body.HDND, true, true, true),
    PHO_CHU_TICH_HDND("Phó Chủ tịch HĐND", Body.HDND, false, false, true),
    CHANH_VAN_PHONG("Chánh Văn phòng", Body.VAN_PHONG_CAP_UY, false, true, true),
    TRUONG_BAN_TO_CHUC("Trưởng Ban Tổ chức", Body.BAN_TO_CHUC, false, true, true),
    TRUONG_BAN_TUYEN_GIAO("Trưởng Ban Tuyên giáo", Body.BAN_TUYEN_GIAO, false, true, true),
    TRUONG_BAN_DAN_VAN("Trưởng Ban Dân vận", Body.BAN_DAN_VAN, false, true, true),
    CHU_NHIEM_UBKT("Chủ nhiệm Ủy ban Kiểm tra", Body.UY_BAN_KIEM_TRA, false, true, true),
    CHANH_VAN_PHONG_UBND("Chánh Văn phòng UBND", Body.VAN_PHONG_UBND, false, true, true),
    CHANH_THANH_TRA("Chánh Thanh tra", Body.THANH_TRA, false, true, true),
    TRUONG_PHONG("Trưởng phòng", Body.PHONG, false, true, true),
    PHO_TRUONG_PHONG("Phó Trưởng phòng", Body.PHONG, false, false, true),
    CHU_TICH_MTTQ("Chủ tịch Ủy ban MTTQ", Body.MAT_TRAN, false, true, true),
    /** Working in a body without a leading post; the body is given in the tenure. */
    CAN_BO("Cán bộ", null, false, false, true);

    private static final Set<Set<PostKind>> COMBINABLE = Set.of(
            Set.of(BI_THU, CHU_TICH_UBND), Set.of(BI_THU, CHU_TICH_HDND),
            Set.of(PHO_BI_THU, CHU_TICH_UBND), Set.of(PHO_BI_THU, CHU_TICH_HDND),
            Set.of(PHO_BI_THU_THUONG_TRUC, CHU_TICH_HDND), Set.of(PHO_BI_THU_THUONG_TRUC, CHU_TICH_UBND));

    private final String label;
    private final Body body;
    private final boolean key;
    private final boolean singleHolder;
    private final boolean primary;

    PostKind(String label, Body body, boolean key, boolean singleHolder, boolean primary) {
        this.label = label;
        this.body = body;
        this.key = key;
        this.singleHolder = singleHolder;
        this.primary = primary;
    }

    @Override
    public String label() {
        return label;
    }

    /** The body this post belongs to, or null when the tenure names it ({@link #CAN_BO}). */
    public Body body() {
        return body;
    }

    public boolean isKey() {
        return key;
    }

    public boolean isSingleHolder() {
        return singleHolder;
    }

    public boolean isPrimary() {
        return primary;
    }

    /** Whether one person may hold this and {@code other} at once in the same unit (kiêm nhiệm). */
    public boolean mayCombineWith(PostKind other) {
        return this != other && COMBINABLE.contains(Set.of(this, other));
    }
}
