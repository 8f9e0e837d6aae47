package vn.luanchuyen.model;

import java.util.List;
import java.util.Locale;

/**
 * A value of a fixed vocabulary, implemented by enums. In YAML it may be written as its id
 * ({@code chu-tich-ubnd}) or its Vietnamese label ({@code Chủ tịch UBND}); both fold to one key.
 */
public interface Term {
    /** Stable ASCII id, the enum constant's name in lower case with hyphens: {@code luan-chuyen}. */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Vietnamese label, e.g. {@code luân chuyển}. */
    String label();

    /** Other spellings accepted in YAML, besides id and label. */
    default List<String> aliases() {
        return List.of();
    }
}
