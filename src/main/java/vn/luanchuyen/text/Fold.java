package vn.luanchuyen.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Diacritic-insensitive keys for Vietnamese text: "Đặng" and "dang", "Hoà" and "Hòa" fold to
 * the same key. đ/Đ do not decompose under NFD, so plain mark stripping is not enough; ICU's
 * Latin-ASCII transliteration maps them to d.
 */
public final class Fold {
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower()");

    private Fold() {
    }

    /** Lower-case ASCII, with every run of other characters made one space, trimmed. */
    public static String key(String text) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(nfc(text));
        }
        return ascii.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** A URL slug: "Nguyễn Hồng Sơn" → "nguyen-hong-son". */
    public static String slug(String text) {
        return key(text).replace(' ', '-');
    }

    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
