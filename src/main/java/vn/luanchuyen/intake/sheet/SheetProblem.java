package vn.luanchuyen.intake.sheet;

import java.util.List;

/**
 * A file that cannot be read as a personnel list at all. {@code code} names the message in the
 * intake messages, {@code args} fill it.
 */
public final class SheetProblem extends Exception {
    private final String code;
    private final List<String> args;

    public SheetProblem(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }
}
