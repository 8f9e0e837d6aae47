package vn.luanchuyen.model;

/** Direction of a move, derived from the levels of the units it leaves and joins. */
public enum Direction implements Term {
    DOWN("về cơ sở"),
    UP("lên cấp trên"),
    LATERAL("ngang"),
    UNKNOWN("chưa rõ");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
