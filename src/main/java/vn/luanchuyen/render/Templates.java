package vn.luanchuyen.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Our Freemarker configuration over the project's {@code templates/}: HTML (or XML) output with
 * auto-escaping, so every string from data is escaped; Java records readable as {@code x.field};
 * no class instantiation or API access from templates; errors thrown, never logged and skipped.
 *
 * <pre>{@code
 * String html = Templates.html(root.resolve("templates")).render("unit.ftl", Map.of("page", page));
 * }</pre>
 */
public final class Templates {
    private final Configuration config;

    private Templates(Path dir, OutputFormat format) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        try {
            config.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.setOutputFormat(format);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setRecognizeStandardFileExtensions(false);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.forLanguageTag("vi-VN"));
        config.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setNumberFormat("computer");
    }

    /** Templates producing HTML. */
    public static Templates html(Path dir) {
        return new Templates(dir, HTMLOutputFormat.INSTANCE);
    }

    /** Templates producing XML or XHTML. */
    public static Templates xml(Path dir) {
        return new Templates(dir, freemarker.core.XMLOutputFormat.INSTANCE);
    }

    /** Renders a template with a data model; a template error becomes a {@link TemplateProblem}. */
    public String render(String template, Map<String, ?> model) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new TemplateProblem(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
            throw new TemplateProblem(name, line == null ? 0 : line, column == null ? 0 : column, e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new TemplateProblem(template, 0, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }
}
