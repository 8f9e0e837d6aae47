package vn.luanchuyen.bulletin;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Our Freemarker configuration for bulletins: templates from {@code templates/bulletin/}, XHTML
 * output with every interpolation escaped, records read as {@code x.field}, errors rethrown (never
 * printed into the output) and reported with template:line:column.
 */
final class BulletinTemplates {
    static final String MAIN = "bulletin.ftl";
    private final Configuration cfg;
    private final Path dir;

    BulletinTemplates(Path dir) {
        this.dir = dir;
        this.cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new BulletinException("không mở được thư mục mẫu " + dir + ": " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocale(Locale.forLanguageTag("vi-VN"));
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
    }

    /** The XHTML of a bulletin. */
    String render(BulletinView view) {
        return render(MAIN, Map.of("view", view));
    }

    /** The XHTML of any template of the folder, with a model. */
    String render(String name, Map<String, ?> model) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw syntax(e);
        } catch (TemplateException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ParseException p) throw syntax(p);
            }
            throw new BulletinException(where(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber()))
                    + ": lỗi mẫu: " + summary(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new BulletinException("không đọc được mẫu " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private BulletinException syntax(ParseException e) {
        return new BulletinException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                + ": lỗi cú pháp mẫu: " + e.getEditorMessage(), e);
    }

    /** Freemarker's message up to its tips, on one line. */
    private static String summary(String message) {
        return String.join(" ", message.lines().takeWhile(l -> !l.startsWith("----")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
    }

    private String where(String template, int line, int column) {
        String file = "templates/bulletin/" + (template == null ? MAIN : template);
        return file + ":" + line + ":" + column;
    }

    private static int lineOf(Integer n) {
        return n == null ? 0 : n;
    }
}
