package vn.luanchuyen.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/** Vietnamese collation (ICU's "vi" rules: a ă â, d đ, tones in order), never String.compareTo. */
public final class VietnameseCollation {
    private VietnameseCollation() {
    }

    /** A new comparator; ICU collators are not thread-safe, so each user takes its own. */
    public static Comparator<String> comparator() {
        Comparator<String> byRules = collator()::compare;
        return byRules.thenComparing(Comparator.naturalOrder());
    }

    /** A new collator with these rules (not thread-safe); texts equal by its rules are then ordered by code point. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
