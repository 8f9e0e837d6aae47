package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.model.PostKind;

/**
 * Terms of office (nhiệm kỳ). Party committees' terms begin in years divisible by five (2015,
 * 2020, 2025); People's Councils and Committees' in 2011, 2016, 2021, 2026. Each is taken to run
 * from 1 July for five years.
 */
public final class Terms {
    private Terms() {
    }

    /** A term: its first and last year ("2020–2025") and its days. */
    public record Term(int startYear, LocalDate start, LocalDate end) {
        public String label() {
            return startYear + "–" + (startYear + 5);
        }

        public String slug() {
            return "nhiem-ky-" + startYear + "-" + (startYear + 5);
        }

        public boolean overlaps(Span s) {
            return !s.end().isBefore(start) && s.start().isBefore(end);
        }
    }

    /** The party terms that meet the years from {@code first} to {@code last}. */
    public static List<Term> partyTerms(int first, int last) {
        List<Term> out = new ArrayList<>();
        for (int year = first - 5; year <= last; year++) {
            if (Math.floorMod(year, 5) != 0) continue;
            Term t = term(year);
            if (t.end().getYear() >= first) out.add(t);
        }
        return out;
    }

    private static Term term(int year) {
        LocalDate start = LocalDate.of(year, 7, 1);
        return new Term(year, start, start.plusYears(5));
    }

    /** How many terms of the post's body a holding covers for at least twelve months. */
    public static int count(PostKind post, Span holding) {
        int offset = post == PostKind.BI_THU ? 0 : 1;
        int count = 0;
        for (int year = holding.start().getYear() - 6; year <= holding.end().getYear(); year++) {
            if (Math.floorMod(year - offset, 5) != 0) continue;
            Term t = term(year);
            LocalDate a = t.start().isAfter(holding.start()) ? t.start() : holding.start();
            LocalDate b = t.end().isBefore(holding.end()) ? t.end() : holding.end();
            if (ChronoUnit.MONTHS.between(a, b) >= 12) count++;
        }
        return count;
    }
}
