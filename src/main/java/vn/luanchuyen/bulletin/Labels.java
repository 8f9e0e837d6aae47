package vn.luanchuyen.bulletin;

import java.util.Locale;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.text.Fold;

/** Small changes to vocabulary labels for use in a sentence. */
final class Labels {
    private Labels() {
    }

    static String capitalised(String s) {
        if (s == null || s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return Fold.nfc(new String(Character.toChars(Character.toUpperCase(first))) + s.substring(Character.charCount(first)));
    }

    /** What an indicator counts, without "tỷ lệ" or "số": "đơn vị cấp xã có Bí thư không là người địa phương". */
    static String counted(Indicator i) {
        String label = i.label();
        for (String prefix : new String[] {"tỷ lệ ", "số lượt ", "số "}) {
            if (label.startsWith(prefix)) return prefix.equals("số lượt ") ? "lượt " + label.substring(prefix.length()) : label.substring(prefix.length());
        }
        return label.toLowerCase(Locale.ROOT);
    }
}
