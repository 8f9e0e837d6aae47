package vn.luanchuyen.bulletin;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The library's line breaker (which may break URLs before a slash), except that it never breaks
 * a date or ratio such as "04/07/2022" or "7/20" at its slashes.
 */
final class NumberKeepingLineBreaker implements FSTextBreaker {
    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.forLanguageTag("vi")));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at != BreakIterator.DONE && insideNumber(at)) at = delegate.next();
        return at;
    }

    /** A break between two characters of "digit/digit". */
    private boolean insideNumber(int at) {
        if (at <= 0 || at >= text.length()) return false;
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (before == '/' ) return at >= 2 && Character.isDigit(text.charAt(at - 2)) && Character.isDigit(after);
        return after == '/' && Character.isDigit(before) && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }
}
