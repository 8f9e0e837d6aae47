package vn.luanchuyen.model;

/** Bodies of a unit in which posts are held. Names are composed with the unit in {@code text.PostNames}. */
public enum Body implements Term {
    CAP_UY("cấp ủy"),
    BTV("Ban Thường vụ"),
    BCH("Ban Chấp hành Đảng bộ"),
    UBND("UBND"),
    HDND("HĐND"),
    VAN_PHONG_CAP_UY("Văn phòng cấp ủy"),
    BAN_TO_CHUC("Ban Tổ chức"),
    BAN_TUYEN_GIAO("Ban Tuyên giáo"),
    BAN_DAN_VAN("Ban Dân vận"),
    UY_BAN_KIEM_TRA("Ủy ban Kiểm tra"),
    VAN_PHONG_UBND("Văn phòng UBND"),
    THANH_TRA("Thanh tra"),
    PHONG("phòng chuyên môn"),
    MAT_TRAN("Ủy ban MTTQ Việt Nam");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isParty() {
        return this == CAP_UY || this == BTV || this == BCH || this == VAN_PHONG_CAP_UY || this == BAN_TO_CHUC
                || this == BAN_TUYEN_GIAO || this == BAN_DAN_VAN || this == UY_BAN_KIEM_TRA;
    }
}
