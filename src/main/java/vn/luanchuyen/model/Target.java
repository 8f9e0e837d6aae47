package vn.luanchuyen.model;

import java.math.BigDecimal;

/**
 * What a programme aims at: an indicator compared with a threshold (a count, or a percentage
 * for shares; null when the document sets the direction without a number) by a deadline, over
 * a scope (the programme's when null). {@code perYear}: the threshold applies to each year.
 */
public record Target(Indicator indicator, Comparison comparison, BigDecimal threshold, PartialDate deadline,
                     String scope, String note, Origin origin) {

    public boolean perYear() {
        return indicator.measure() == Indicator.Measure.PER_YEAR;
    }
}
