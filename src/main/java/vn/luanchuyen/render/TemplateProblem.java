package vn.luanchuyen.render;

/** A template failed: which template, where, and what Freemarker said. */
public final class TemplateProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String template;
    private final int line;
    private final int column;

    public TemplateProblem(String template, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** "templates/unit.ftl:12:5". */
    public String where() {
        return "templates/" + template + ":" + line + ":" + column;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
