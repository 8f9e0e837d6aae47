package vn.luanchuyen.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese texts print them: "4.106", "18,5", "18,5%". */
public final class VietnameseNumbers {
    private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"));

    private VietnameseNumbers() {
    }

    /** "4.106", "18,5"; at most two decimals, none when whole. */
    public static String of(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.##", VI);
        return f.format(n);
    }

    public static String of(long n) {
        return of(BigDecimal.valueOf(n));
    }

    /** "18,5%", "35%". */
    public static String percent(BigDecimal n) {
        return of(n) + "%";
    }
}
