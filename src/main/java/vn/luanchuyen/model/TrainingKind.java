package vn.luanchuyen.model;

/** Kinds of training class (đào tạo, bồi dưỡng). */
public enum TrainingKind implements Term {
    CAO_CAP_LLCT("cao cấp lý luận chính trị"),
    TRUNG_CAP_LLCT("trung cấp lý luận chính trị"),
    SO_CAP_LLCT("sơ cấp lý luận chính trị"),
    DANG_UY_CO_SO("bồi dưỡng đảng ủy cơ sở"),
    CAP_NHAT_BI_THU("cập nhật kiến thức cho bí thư đảng ủy cơ sở"),
    DOI_TUONG_DANG("đối tượng kết nạp đảng"),
    DANG_VIEN_MOI("đảng viên mới"),
    NGHIEP_VU_DANG("nghiệp vụ công tác Đảng"),
    NGHIEP_VU_DOAN_THE("nghiệp vụ công tác đoàn thể"),
    CHUYEN_MON("chuyên môn");

    private final String label;

    TrainingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
