package vn.luanchuyen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of partial dates is the order of the days they stand for: first the earliest, then the latest. */
class PartialDateOrderTest {

    /** Every precision around month ends, leap days and year ends, compared pairwise with the days themselves. */
    @Test
    void ordersAsTheirEarliestThenLatestDays() {
        List<PartialDate> dates = new ArrayList<>();
        for (int year : new int[] {1999, 2000, 2023, 2024, 2100}) {
            dates.add(PartialDate.ofYear(year));
            for (int month = 1; month <= 12; month++) {
                dates.add(PartialDate.ofMonth(year, month));
                int length = java.time.YearMonth.of(year, month).lengthOfMonth();
                for (int day : new int[] {1, 2, 28, length - 1, length}) {
                    dates.add(new PartialDate(year, month, day, false));
                    dates.add(new PartialDate(year, month, day, true));
                }
            }
        }
        for (PartialDate a : dates) {
            for (PartialDate b : dates) {
                int byDays = a.earliest().compareTo(b.earliest());
                if (byDays == 0) byDays = a.latest().compareTo(b.latest());
                assertEquals(Integer.signum(byDays), Integer.signum(a.compareTo(b)), a + " against " + b);
            }
        }
    }

    @Test
    void aMonthEndingOnItsLastDayComesAfterThatDay() {
        PartialDate april = PartialDate.ofMonth(2024, 4);
        PartialDate lastOfApril = new PartialDate(2024, 4, 30, false);
        PartialDate firstOfApril = new PartialDate(2024, 4, 1, false);
        assertEquals(1, Integer.signum(april.compareTo(firstOfApril)), "same first day, the month ends later");
        assertEquals(-1, Integer.signum(april.compareTo(lastOfApril)), "the month starts earlier");
        assertEquals(0, PartialDate.ofMonth(2024, 2).compareTo(PartialDate.ofMonth(2024, 2)));
        assertEquals(-1, Integer.signum(PartialDate.ofMonth(2024, 1).compareTo(PartialDate.ofYear(2024))),
                "same first day, the year ends later");
        assertEquals(1, Integer.signum(PartialDate.ofMonth(2024, 2).compareTo(PartialDate.ofYear(2024))),
                "the year starts earlier");
    }
}
