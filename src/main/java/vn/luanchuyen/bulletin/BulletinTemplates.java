package vn.luanchuyen.bulletin;

import java.nio.file.Path;
import java.util.Map;
import vn.luanchuyen.render.TemplateProblem;
import vn.luanchuyen.render.Templates;

/**
 * The bulletins' templates, from {@code templates/bulletin/}, through the project's Freemarker
 * configuration ({@link Templates#xhtml}: XHTML output, every interpolation escaped, records read
 * as {@code x.field}); a template problem becomes a {@link BulletinException} naming
 * template:line:column.
 */
final class BulletinTemplates {
    static final String MAIN = "bulletin.ftl";
    private final Templates templates;

    BulletinTemplates(Path dir) {
        this.templates = Templates.xhtml(dir, "templates/bulletin/");
    }

    /** The XHTML of a bulletin. */
    String render(BulletinView view) {
        return render(MAIN, Map.of("view", view));
    }

    /** The XHTML of any template of the folder, with a model. */
    String render(String name, Map<String, ?> model) {
        try {
            return templates.render(name, model);
        } catch (TemplateProblem e) {
            String kind = e.syntax() ? ": lỗi cú pháp mẫu: " : e.line() == 0 ? ": " : ": lỗi mẫu: ";
            throw new BulletinException(e.where() + kind + summary(e.getMessage()), e);
        }
    }

    /** Freemarker's message up to its tips, on one line. */
    private static String summary(String message) {
        return String.join(" ", message.lines().takeWhile(l -> !l.startsWith("----")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
    }
}
