package vn.luanchuyen.render;

/** A template failed: which template, where, and what Freemarker said. */
public final class TemplateProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String folder;
    private final String template;
    private final int line;
    private final int column;

    public TemplateProblem(String template, int line, int column, String message, Throwable cause) {
        this("templates/", template, line, column, message, cause);
    }

    /** @param folder the project folder the template name is relative to ("templates/bulletin/") */
    public TemplateProblem(String folder, String template, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** A template the build needs is not there. */
    public static TemplateProblem missing(String folder, String template, Throwable cause) {
        return new TemplateProblem(folder, template, 0, 0, "the template is missing: the build needs " + folder + template
                + " (put it back, e.g. git checkout -- " + folder + template + ")", cause);
    }

    /** "templates/unit.ftl:12:5". */
    public String where() {
        return folder + template + ":" + line + ":" + column;
    }

    /** Whether the template itself could not be read as Freemarker (rather than failing on the data). */
    public boolean syntax() {
        return getCause() instanceof freemarker.core.ParseException;
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
