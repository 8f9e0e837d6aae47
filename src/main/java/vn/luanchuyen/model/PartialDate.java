package vn.luanchuyen.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;

/**
 * A date known to a year, a month or a day, as records give them ("tháng 3/2020", "cuối năm
 * 2021"), optionally approximate. It stands for the range of days from {@link #earliest()} to
 * {@link #latest()}; comparisons that must be certain use those bounds.
 */
public record PartialDate(int year, int month, int day, boolean approximate) implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, false);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, false);
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
    }

    public Precision precision() {
        return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
    }

    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public LocalDate latest() {
        if (month == 0) return LocalDate.of(year, 12, 31);
        if (day == 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    /** Whether the dates this stands for include {@code date}. */
    public boolean mayBe(LocalDate date) {
        return !date.isBefore(earliest()) && !date.isAfter(latest());
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(earliestDay(), o.earliestDay());
        return c != 0 ? c : Integer.compare(latestDay(), o.latestDay());
    }

    /*
     * earliest() and latest() as numbers in the order of the days themselves, made without a
     * LocalDate: sorting a national list of moves compares dates millions of times.
     */
    private int earliestDay() {
        return day(year, Math.max(month, 1), Math.max(day, 1));
    }

    private int latestDay() {
        if (month == 0) return day(year, 12, 31);
        if (day == 0) return day(year, month, Month.of(month).length(Year.isLeap(year)));
        return day(year, month, day);
    }

    private static int day(int year, int month, int day) {
        return (year * 13 + month) * 32 + day;
    }

    /** ISO-like text as written in YAML: {@code 2020}, {@code 2020-03}, {@code ~2020-03-15}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(11);
        if (approximate) b.append('~');
        digits(b, year, 4);
        if (precision() != Precision.YEAR) digits(b.append('-'), month, 2);
        if (precision() == Precision.DAY) digits(b.append('-'), day, 2);
        return b.toString();
    }

    /** Appends {@code n} with zeros in front up to {@code width} digits (String.format is slow on hot paths). */
    private static StringBuilder digits(StringBuilder b, int n, int width) {
        String s = Integer.toString(n);
        for (int i = s.length(); i < width; i++) b.append('0');
        return b.append(s);
    }
}
