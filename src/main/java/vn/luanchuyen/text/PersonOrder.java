package vn.luanchuyen.text;

import java.util.Comparator;
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
}
