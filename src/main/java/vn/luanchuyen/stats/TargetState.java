package vn.luanchuyen.stats;

import vn.luanchuyen.model.Term;

/** How a target stands on the reference date. */
public enum TargetState implements Term {
    MET("đạt"),
    ON_TRACK("đúng tiến độ"),
    BEHIND("chậm tiến độ"),
    MISSED("không đạt"),
    NO_THRESHOLD("văn bản không nêu con số"),
    UNKNOWN("chưa đủ số liệu");

    private final String label;

    TargetState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
