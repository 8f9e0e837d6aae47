package vn.luanchuyen.model;

public enum Gender implements Term {
    NAM("nam"),
    NU("nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
