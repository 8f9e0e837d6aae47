package vn.luanchuyen.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.luanchuyen.model.PartialDate;

/** Dates as Vietnamese texts print them: "Thứ Hai, 04/07/2022", "tháng 3/2020", "năm 2021". */
public final class VietnameseDates {
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy", Locale.forLanguageTag("vi-VN"));

    private VietnameseDates() {
    }

    /** "Thứ Hai, 04/07/2022". */
    public static String withWeekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** A partial date in running text: "04/07/2022", "tháng 3/2020", "năm 2021", "khoảng tháng 6/2020". */
    public static String of(PartialDate d) {
        String text = switch (d.precision()) {
            case DAY -> twoDigits(d.day()) + "/" + twoDigits(d.month()) + "/" + d.year();
            case MONTH -> "tháng " + d.month() + "/" + d.year();
            case YEAR -> "năm " + d.year();
        };
        return d.approximate() ? "khoảng " + text : text;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
