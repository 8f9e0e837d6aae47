package vn.luanchuyen.diag;

public enum Severity {
    ERROR("error", "lỗi"),
    WARNING("warning", "cảnh báo");

    private final String en;
    private final String vi;

    Severity(String en, String vi) {
        this.en = en;
        this.vi = vi;
    }

    public String label(Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
