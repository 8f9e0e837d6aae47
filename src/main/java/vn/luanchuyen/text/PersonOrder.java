package vn.luanchuyen.text;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import java.util.Comparator;
import java.util.function.Function;
import vn.luanchuyen.model.PersonName;

/** The order of official lists: by tên, then họ, then đệm, with Vietnamese collation. */
public final class PersonOrder {
    private PersonOrder() {
    }

    public static Comparator<PersonName> comparator() {
        Comparator<String> vi = VietnameseCollation.comparator();
        return Comparator.comparing(PersonName::ten, vi)
                .thenComparing(PersonName::ho, vi)
                .thenComparing(PersonName::dem, vi)
                .thenComparing(PersonName::full);
    }

    /**
     * A name's place in the same order, worked out once: sorting many names (every cadre, every
     * move) by their keys compares collation bytes instead of applying the collation rules on
     * every comparison.
     */
    public record Key(CollationKey ten, String tenText, CollationKey ho, String hoText, CollationKey dem, String demText,
                      String full) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = ten.compareTo(o.ten);
            if (c == 0) c = tenText.compareTo(o.tenText);
            if (c == 0) c = ho.compareTo(o.ho);
            if (c == 0) c = hoText.compareTo(o.hoText);
            if (c == 0) c = dem.compareTo(o.dem);
            if (c == 0) c = demText.compareTo(o.demText);
            return c != 0 ? c : full.compareTo(o.full);
        }
    }

    /** Makes the keys of names; each call has its own collator (ICU collators are not thread-safe), so use it on one thread. */
    public static Function<PersonName, Key> keys() {
        Collator collator = VietnameseCollation.collator();
        return n -> new Key(collator.getCollationKey(n.ten()), n.ten(), collator.getCollationKey(n.ho()), n.ho(),
                collator.getCollationKey(n.dem()), n.dem(), n.full());
    }
}
