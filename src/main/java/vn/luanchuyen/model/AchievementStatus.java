package vn.luanchuyen.model;

/** Whether an achievement is reached, or planned or expected. */
public enum AchievementStatus implements Term {
    DAT("đạt"),
    KE_HOACH("kế hoạch"),
    DU_KIEN("dự kiến");

    private final String label;

    AchievementStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
