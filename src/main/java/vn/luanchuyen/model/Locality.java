package vn.luanchuyen.model;

/** Whether a cadre is from the unit they serve in, derived from their hometown. */
public enum Locality implements Term {
    LOCAL("người địa phương"),
    NON_LOCAL("không là người địa phương"),
    UNKNOWN("chưa rõ");

    private final String label;

    Locality(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
