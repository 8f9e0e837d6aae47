package vn.luanchuyen.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The letter of the Vietnamese alphabet a word is filed under, as in a directory: its first letter
 * without the tone mark but with its own marks ("Ánh" under A, "Ấn" under Â, "Ước" under Ư, "Đức"
 * under Đ), and a path segment for it that Telex users read at once ("aw" for Ă, "dd" for Đ).
 */
public final class VietnameseLetters {
    /** Filed under this when a word does not begin with a letter. */
    public static final String OTHER = "#";
    private static final Map<String, String> TELEX = Map.of("Ă", "aw", "Â", "aa", "Đ", "dd", "Ê", "ee", "Ô", "oo", "Ơ", "ow",
            "Ư", "uw");

    private VietnameseLetters() {
    }

    /** The capital letter {@code word} is filed under: "Ánh" → "A", "ấn" → "Â", "Ước" → "Ư"; {@link #OTHER} for none. */
    public static String initial(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) return OTHER;
        char c = w.charAt(0);
        if (c < 0x80) return String.valueOf(Character.toUpperCase(c)); // a plain Latin letter has no mark to take off
        String first = Normalizer.normalize(new String(Character.toChars(w.codePointAt(0))), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder();
        first.codePoints().filter(cp -> !isTone(cp)).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** The five tone marks, as combining characters: huyền, sắc, ngã, hỏi, nặng. */
    private static boolean isTone(int cp) {
        return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
    }

    /** A path segment for a letter {@link #initial} gives: "a", "aw" for Ă, "dd" for Đ, "khac" for {@link #OTHER}. */
    public static String slug(String letter) {
        if (OTHER.equals(letter)) return "khac";
        String telex = TELEX.get(letter);
        if (telex != null) return telex;
        String ascii = Fold.slug(letter);
        return ascii.isEmpty() ? "u" + Integer.toHexString(letter.codePointAt(0)) : ascii;
    }
}
