package vn.luanchuyen.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luanchuyen.model.PartialDate;

/**
 * Parses the text of scalars. YAML's own typing is never used: "010" stays text rather than
 * becoming 8, "no" stays text rather than false. Each parser returns null when the text is not
 * valid; callers report.
 */
final class Scalars {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(~?)(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(?:\\.\\d{1,6})?");
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private Scalars() {
    }

    static boolean isId(String text) {
        return text.length() <= 100 && ID.matcher(text).matches();
    }

    /** Outcome of reading a date: the date, or why not. */
    record DateResult(PartialDate date, String problem) {
    }

    static DateResult date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) return new DateResult(null, "date.invalid");
        int year = Integer.parseInt(m.group(2));
        int month = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (month > 12 || (m.group(3) != null && month == 0)) return new DateResult(null, "date.invalid");
        if (day > 0 || m.group(4) != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return new DateResult(null, "date.invalid");
            }
        }
        if (year < MIN_YEAR || year > MAX_YEAR) return new DateResult(null, "date.range");
        return new DateResult(new PartialDate(year, month, day, !m.group(1).isEmpty()), null);
    }

    static Integer integer(String text) {
        return INTEGER.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    static BigDecimal decimal(String text) {
        return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    static Boolean bool(String text) {
        return switch (text) {
            case "true", "yes", "có" -> Boolean.TRUE;
            case "false", "no", "không" -> Boolean.FALSE;
            default -> null;
        };
    }
}
