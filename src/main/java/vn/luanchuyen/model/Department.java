package vn.luanchuyen.model;

/** Specialised departments ("phòng") of a district People's Committee. */
public enum Department implements Term {
    TAI_NGUYEN_MOI_TRUONG("Tài nguyên và Môi trường"),
    NOI_VU("Nội vụ"),
    TAI_CHINH_KE_HOACH("Tài chính - Kế hoạch"),
    TU_PHAP("Tư pháp"),
    GIAO_DUC_DAO_TAO("Giáo dục và Đào tạo"),
    Y_TE("Y tế"),
    VAN_HOA_THONG_TIN("Văn hóa và Thông tin"),
    LAO_DONG_THUONG_BINH_XA_HOI("Lao động - Thương binh và Xã hội"),
    NONG_NGHIEP_PTNT("Nông nghiệp và Phát triển nông thôn"),
    KINH_TE_HA_TANG("Kinh tế và Hạ tầng"),
    DAN_TOC("Dân tộc");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
