package vn.luanchuyen.diag;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Message and hint texts of every diagnostic code, from {@code messages_vi.properties} and
 * {@code messages_en.properties}. Placeholders are {@link MessageFormat} ones ({0}, {1}, ...).
 */
public final class Messages {
    private final Lang lang;
    private final ResourceBundle bundle;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("vn.luanchuyen.diag.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    public boolean has(String code) {
        return bundle.containsKey(code);
    }

    public String message(String code, List<String> args) {
        return fill(code, args);
    }

    /**
     * The hint; codes that may carry a suggestion as their last argument have a second hint,
     * {@code code.hint.suggest}, used when there is one ("did you mean …").
     */
    public String hint(String code, List<String> args) {
        boolean suggests = !args.isEmpty() && !args.get(args.size() - 1).isEmpty();
        if (suggests && bundle.containsKey(code + ".hint.suggest")) return fill(code + ".hint.suggest", args);
        return bundle.containsKey(code + ".hint") ? fill(code + ".hint", args) : "";
    }

    public String hintWord() {
        return lang == Lang.EN ? "hint" : "gợi ý";
    }

    /** An argument "@term.x" is a word to translate ("@term.kind.list" → "danh sách"); others are data. */
    private String term(String arg) {
        return arg.startsWith("@term.") && bundle.containsKey(arg.substring(1)) ? bundle.getString(arg.substring(1)) : arg;
    }

    private String fill(String key, List<String> args) {
        try {
            MessageFormat format = new MessageFormat(bundle.getString(key).replace("'", "''"), lang.locale());
            return format.format(args.stream().map(this::term).toArray());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for diagnostic code " + key, e);
        }
    }
}
