package vn.luanchuyen.model;

/** How exact a declared figure is: "trên 50", "gần 90%". */
public enum Qualifier implements Term {
    EXACT("đúng"),
    OVER("trên"),
    AT_LEAST("ít nhất"),
    AT_MOST("không quá"),
    ABOUT("khoảng"),
    NEARLY("gần"),
    UNDER("dưới");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
