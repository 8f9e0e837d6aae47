package vn.luanchuyen.intake;

import java.util.List;
import vn.luanchuyen.model.Gender;

/**
 * One row of the list as read: who (name and, if the list has one, the office's code), what is
 * said of the person, and the tenures the row holds (two for "Bí thư kiêm Chủ tịch UBND").
 * {@code sources} are the row's sources that are the project's. {@code ok} is false when any
 * part of the row could not be read; the problems say why.
 */
record MappedRow(int row, String name, String code, Gender gender, String hometown, List<String> sources,
                 List<TenureDraft> tenures, boolean ok) {

    MappedRow {
        sources = List.copyOf(sources);
        tenures = List.copyOf(tenures);
    }
}
