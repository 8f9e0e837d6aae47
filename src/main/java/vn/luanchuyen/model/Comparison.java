package vn.luanchuyen.model;

/** How a target compares a figure with its threshold. */
public enum Comparison implements Term {
    AT_LEAST("ít nhất"),
    AT_MOST("không quá");

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
