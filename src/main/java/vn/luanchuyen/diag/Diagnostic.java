package vn.luanchuyen.diag;

import java.util.List;

/**
 * One problem found in the input. {@code code} is stable (e.g. {@code tenure.end-before-start})
 * and names both the message and the hint in {@link Messages}; {@code args} fill their
 * placeholders.
 */
public record Diagnostic(Severity severity, String code, SourcePos at, List<String> args)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        args = List.copyOf(args);
    }

    public static Diagnostic error(String code, SourcePos at, Object... args) {
        return new Diagnostic(Severity.ERROR, code, at, strings(args));
    }

    public static Diagnostic warning(String code, SourcePos at, Object... args) {
        return new Diagnostic(Severity.WARNING, code, at, strings(args));
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error [code] message (hint: ...)} in the given language. */
    public String format(Messages messages) {
        String hint = messages.hint(code, args);
        String text = at + ": " + severity.label(messages.lang()) + " [" + code + "] " + messages.message(code, args);
        return hint.isEmpty() ? text : text + " (" + messages.hintWord() + ": " + hint + ")";
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = at.compareTo(o.at);
        if (c != 0) return c;
        c = code.compareTo(o.code);
        return c != 0 ? c : String.join("\u0000", args).compareTo(String.join("\u0000", o.args));
    }
}
