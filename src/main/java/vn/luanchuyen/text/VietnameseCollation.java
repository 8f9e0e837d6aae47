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
        Collator collator = Collator.getInstance(new ULocale("vi"));
        collator.setStrength(Collator.TERTIARY);
        Comparator<String> byRules = collator::compare;
        return byRules.thenComparing(Comparator.naturalOrder());
    }
}
