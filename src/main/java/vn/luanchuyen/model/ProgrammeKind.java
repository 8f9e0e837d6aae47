package vn.luanchuyen.model;

/** Kinds of document that set a programme or its rules. */
public enum ProgrammeKind implements Term {
    NGHI_QUYET("Nghị quyết"),
    CHU_TRUONG("Chủ trương"),
    DE_AN("Đề án"),
    KE_HOACH("Kế hoạch"),
    CHUONG_TRINH("Chương trình"),
    CONG_VAN("Công văn"),
    QUY_DINH("Quy định"),
    QUYET_DINH("Quyết định"),
    CHI_THI("Chỉ thị"),
    KET_LUAN("Kết luận"),
    LUAT("Luật");

    private final String label;

    ProgrammeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
