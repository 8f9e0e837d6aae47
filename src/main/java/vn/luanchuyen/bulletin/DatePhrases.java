package vn.luanchuyen.bulletin;

import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.text.VietnameseDates;

/** Dates as bulletins print them in running text, in tables and in the dateline. */
final class DatePhrases {
    private DatePhrases() {
    }

    /** "ngày 04/07/2022", "tháng 3/2020", "năm 2021"; "khoảng tháng 6/2020" when approximate. */
    static String on(PartialDate d) {
        if (d == null) return null;
        String core = switch (d.precision()) {
            case DAY -> "ngày " + VietnameseDates.of(exact(d));
            case MONTH, YEAR -> VietnameseDates.of(exact(d));
        };
        return d.approximate() ? "khoảng " + core : core;
    }

    /** For table cells: "04/07/2022", "tháng 3/2020", "khoảng năm 2021". */
    static String cell(PartialDate d) {
        return d == null ? "" : VietnameseDates.of(d);
    }

    /**
     * A span after a noun: "từ năm 2016 đến khoảng tháng 2/2022", "tính đến ngày 04/07/2022",
     * "từ năm 2018", "năm 2022" when both ends are the same; empty when neither is known.
     */
    static String span(PartialDate from, PartialDate to) {
        if (from == null && to == null) return "";
        if (from == null) return "tính đến " + on(to);
        if (to == null) return "từ " + on(from);
        if (from.equals(to)) return on(from);
        return "từ " + on(from) + " đến " + on(to);
    }

    /** The dateline: "Thứ Hai, 04/07/2022" for a day, else "Tháng 5/2019", "Năm 2022". */
    static String dateline(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> VietnameseDates.withWeekday(d.earliest());
            case MONTH -> "Tháng " + d.month() + "/" + d.year();
            case YEAR -> "Năm " + d.year();
        };
    }

    /**
     * Whole months a post was held, from its first to its last day, when both dates give a month;
     * null otherwise. With both days known the last day counts, as in the check of a rotation's
     * length: 01/07/2022 to 30/06/2025 is 36 months. With months only, it is the months from one
     * to the other: 3/2020 to 8/2021 is 17.
     */
    static Integer monthsBetween(PartialDate from, PartialDate to) {
        if (from == null || to == null || from.month() == 0 || to.month() == 0) return null;
        long months = from.precision() == PartialDate.Precision.DAY && to.precision() == PartialDate.Precision.DAY
                ? java.time.temporal.ChronoUnit.MONTHS.between(from.earliest(), to.latest().plusDays(1))
                : (to.year() * 12L + to.month()) - (from.year() * 12L + from.month());
        return months > 0 ? (int) months : null;
    }

    private static PartialDate exact(PartialDate d) {
        return new PartialDate(d.year(), d.month(), d.day(), false);
    }
}
