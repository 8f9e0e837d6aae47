package vn.luanchuyen.model;

/** How a tenure began. Moves are the tenures that began by {@link #isMove() a move kind}. */
public enum StartKind implements Term {
    BAU("bầu"),
    BO_NHIEM("bổ nhiệm"),
    CHI_DINH("chỉ định"),
    PHAN_CONG("phân công"),
    DIEU_DONG("điều động"),
    LUAN_CHUYEN("luân chuyển"),
    BIET_PHAI("biệt phái"),
    TUYEN_DUNG("tuyển dụng");

    private final String label;

    StartKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isMove() {
        return this == DIEU_DONG || this == LUAN_CHUYEN || this == BIET_PHAI;
    }
}
