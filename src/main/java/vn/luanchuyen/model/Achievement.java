package vn.luanchuyen.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A result of a unit (and the cadre who led it, when known): {@code value} of {@code of}
 * {@code measure} ("13" of "13" "chi bộ"), reached or planned, over a period.
 */
public record Achievement(String id, String unit, String cadre, String title, BigDecimal value, BigDecimal of,
                          String measure, AchievementStatus status, PartialDate from, PartialDate to,
                          List<String> sources, Visibility visibility, Origin origin) {

    public Achievement {
        sources = List.copyOf(sources);
    }
}
