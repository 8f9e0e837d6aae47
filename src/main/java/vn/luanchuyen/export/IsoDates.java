package vn.luanchuyen.export;

import vn.luanchuyen.model.PartialDate;

/**
 * Dates as ISO 8601 at the precision known: {@code 2020}, {@code 2020-03}, {@code 2020-03-15}.
 * An estimate ({@code ~2020-06}) is written without its {@code ~}, which ISO lacks; the exports
 * say it is approximate in a field or column of their own.
 */
final class IsoDates {
    private IsoDates() {
    }

    static String of(PartialDate d) {
        if (d == null) return null;
        String s = d.toString();
        return d.approximate() ? s.substring(1) : s;
    }

    static boolean approximate(PartialDate d) {
        return d != null && d.approximate();
    }
}
