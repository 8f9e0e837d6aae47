package vn.luanchuyen.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luanchuyen.intake.sheet.OfficeCell;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.text.Fold;

/**
 * Dates as offices write them, day first: {@code 04/07/2022} (or with dots or hyphens),
 * {@code 7/2022}, {@code 2022}, "tháng 7/2022", "năm 2022", ISO {@code 2022-07-04}; {@code ~}
 * or "khoảng" before one marks an estimate. Excel date cells keep their format's precision. A
 * date is never made more precise than written.
 */
final class OfficeDates {
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    private OfficeDates() {
    }

    /** The date of a cell, or null when the cell is blank or cannot be read (the caller tells which). */
    static PartialDate parse(OfficeCell cell, boolean approximate) {
        if (cell.date() != null) return approximate ? withApproximate(cell.date()) : cell.date();
        String text = Fold.nfc(cell.text()).toLowerCase(Locale.ROOT).strip();
        boolean about = approximate;
        if (text.startsWith("~")) {
            about = true;
            text = text.substring(1).strip();
        } else if (text.startsWith("khoảng ")) {
            about = true;
            text = text.substring("khoảng ".length()).strip();
        }
        text = text.replaceAll("^(ngày|tháng|năm)\\s+", "").replaceAll("\\s+", "");
        PartialDate d = read(text);
        return d == null ? null : about ? withApproximate(d) : d;
    }

    private static PartialDate read(String text) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) return date(m.group(3), m.group(2), m.group(1));
        if ((m = MONTH.matcher(text)).matches()) return date(m.group(2), m.group(1), null);
        if ((m = YEAR.matcher(text)).matches()) return date(m.group(1), null, null);
        if ((m = ISO.matcher(text)).matches()) return date(m.group(1), m.group(2), m.group(3));
        return null;
    }

    private static PartialDate date(String y, String m, String d) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100) return null;
        if (m == null) return PartialDate.ofYear(year);
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12) return null;
        if (d == null) return PartialDate.ofMonth(year, month);
        try {
            return PartialDate.of(LocalDate.of(year, month, Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static PartialDate withApproximate(PartialDate d) {
        return new PartialDate(d.year(), d.month(), d.day(), true);
    }

    /** "có", "x", "yes", "1" … in a column such as "Từ ngày ước tính". */
    static boolean yes(String text) {
        return switch (Fold.key(text)) {
            case "co", "x", "yes", "true", "1", "uoc tinh" -> true;
            default -> false;
        };
    }
}
