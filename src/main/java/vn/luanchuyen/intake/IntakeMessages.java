package vn.luanchuyen.intake;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import vn.luanchuyen.diag.Lang;

/** The texts of the import's messages, from {@code messages_vi.properties} and {@code messages_en.properties}. */
final class IntakeMessages {
    private final Lang lang;
    private final ResourceBundle bundle;

    IntakeMessages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("vn.luanchuyen.intake.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String code, Object... args) {
        return new MessageFormat(bundle.getString(code).replace("'", "''"), lang.locale())
                .format(java.util.Arrays.stream(args).map(String::valueOf).toArray());
    }

    RowProblem error(int row, String code, Object... args) {
        return new RowProblem(row, true, text(code, args));
    }

    RowProblem note(int row, String code, Object... args) {
        return new RowProblem(row, false, text(code, args));
    }

    Lang lang() {
        return lang;
    }
}
