package vn.luanchuyen.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure a source declares when it gives only an aggregate: "trên 50 lượt" is value 50
 * qualified OVER; "7/8" is value 7 {@code of} 8; a share may carry the {@code percent} the source
 * printed and the {@code change} in points against the previous term (itself qualified: "tăng gần
 * 8%"). A share given only as a percentage has no value. The period is
 * {@code from}–{@code to}; a figure "as of" a date has only {@code to}.
 */
public record Figure(String id, Indicator indicator, Qualifier qualifier, BigDecimal value, BigDecimal of,
                     BigDecimal percent, BigDecimal change, Qualifier changeQualifier, String unit, PartialDate from, PartialDate to,
                     String note, List<String> sources, Visibility visibility, Origin origin) {

    public Figure {
        sources = List.copyOf(sources);
    }
}
