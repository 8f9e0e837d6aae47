package vn.luanchuyen.model;

/** What can happen to a unit on a date, with its legal basis. */
public enum UnitEventKind implements Term {
    ESTABLISHED("thành lập"),
    RENAMED("đổi tên"),
    TYPE_CHANGED("chuyển loại"),
    MERGED_INTO("sáp nhập vào"),
    SPLIT("chia tách"),
    ABOLISHED("kết thúc hoạt động");

    private final String label;

    UnitEventKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
