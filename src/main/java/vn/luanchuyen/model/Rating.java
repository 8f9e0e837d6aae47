package vn.luanchuyen.model;

/** Ratings of the monthly evaluation, from best to worst. */
public enum Rating implements Term {
    XUAT_SAC("hoàn thành xuất sắc nhiệm vụ"),
    TOT("hoàn thành tốt nhiệm vụ"),
    HOAN_THANH("hoàn thành nhiệm vụ"),
    KHONG_HOAN_THANH("không hoàn thành nhiệm vụ");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
