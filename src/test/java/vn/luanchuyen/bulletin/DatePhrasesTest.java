package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luanchuyen.model.PartialDate;

/** How long a post was held, as a bulletin words it ("sau 36 tháng giữ chức vụ …"). */
class DatePhrasesTest {
    private static PartialDate day(int y, int m, int d) {
        return PartialDate.of(java.time.LocalDate.of(y, m, d));
    }

    @Test
    void withBothDaysTheLastDayCounts() {
        assertThat(DatePhrases.monthsBetween(day(2022, 7, 1), day(2025, 6, 30))).isEqualTo(36);
        assertThat(DatePhrases.monthsBetween(day(2022, 7, 1), day(2022, 7, 31))).isEqualTo(1);
        assertThat(DatePhrases.monthsBetween(day(2020, 3, 15), day(2021, 8, 14))).isEqualTo(17);
        assertThat(DatePhrases.monthsBetween(day(2020, 3, 15), day(2021, 8, 13))).isEqualTo(16);
        // less than a month is not worded in months
        assertThat(DatePhrases.monthsBetween(day(2022, 7, 1), day(2022, 7, 20))).isNull();
    }

    @Test
    void withMonthsOnlyItIsTheMonthsFromOneToTheOther() {
        assertThat(DatePhrases.monthsBetween(PartialDate.ofMonth(2020, 3), PartialDate.ofMonth(2021, 8))).isEqualTo(17);
        assertThat(DatePhrases.monthsBetween(PartialDate.ofMonth(2020, 3), day(2021, 8, 31))).isEqualTo(17);
        assertThat(DatePhrases.monthsBetween(PartialDate.ofYear(2020), PartialDate.ofMonth(2021, 8))).isNull();
        assertThat(DatePhrases.monthsBetween(PartialDate.ofMonth(2021, 8), PartialDate.ofMonth(2021, 8))).isNull();
    }
}
