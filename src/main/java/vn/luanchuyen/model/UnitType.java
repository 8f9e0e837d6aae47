package vn.luanchuyen.model;

/** Kinds of administrative unit. The level (1 province, 2 district, 3 commune) comes from the tree, not the type. */
public enum UnitType implements Term {
    TRUNG_UONG("trung ương", "Ban Chấp hành Trung ương"),
    TINH("tỉnh", "Tỉnh ủy"),
    THANH_PHO("thành phố", "Thành ủy"),
    HUYEN("huyện", "Huyện ủy"),
    THI_XA("thị xã", "Thị ủy"),
    QUAN("quận", "Quận ủy"),
    XA("xã", "Đảng ủy xã"),
    PHUONG("phường", "Đảng ủy phường"),
    THI_TRAN("thị trấn", "Đảng ủy thị trấn"),
    DAC_KHU("đặc khu", "Đảng ủy đặc khu");

    private final String label;
    private final String partyCommittee;

    UnitType(String label, String partyCommittee) {
        this.label = label;
        this.partyCommittee = partyCommittee;
    }

    @Override
    public String label() {
        return label;
    }

    /** How the unit's Party committee is called before its name: "Huyện ủy" Võ Nhai, "Đảng ủy xã" Cúc Đường. */
    public String partyCommittee() {
        return partyCommittee;
    }

    /** Commune-level units: the grassroots ("cơ sở"). */
    public boolean isGrassroots() {
        return this == XA || this == PHUONG || this == THI_TRAN || this == DAC_KHU;
    }
}
