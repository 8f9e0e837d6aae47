package vn.luanchuyen.stats;

import vn.luanchuyen.model.Term;

/** Where a figure comes from: counted from the records, or declared by a source. */
public enum Basis implements Term {
    RECORDS("tính từ hồ sơ"),
    DECLARED("số liệu nguồn công bố");

    private final String label;

    Basis(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
