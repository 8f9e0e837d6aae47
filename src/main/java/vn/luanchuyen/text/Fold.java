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
        String fast = latinKey(text);
        if (fast != null) return fast;
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(nfc(text));
        }
        return ascii.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /**
     * The same key without ICU for text in Latin letters (Vietnamese included): decompose, drop
     * the combining marks, map đ/Đ to d. Folding runs for every vocabulary value of every file, so
     * this path matters at national scale; anything else (another script) returns null and goes
     * through ICU's transliteration.
     */
    private static String latinKey(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 0x300 && c <= 0x36F) continue;
            if (c == 'đ' || c == 'Đ') c = 'd';
            if (c > 0x7F) {
                if (Character.isLetterOrDigit(c)) return null;
                c = ' ';
            }
            c = Character.toLowerCase(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** A URL slug: "Nguyễn Hồng Sơn" → "nguyen-hong-son". */
    public static String slug(String text) {
        return key(text).replace(' ', '-');
    }

    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
