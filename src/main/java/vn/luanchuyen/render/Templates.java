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
    private final String folder;

    private Templates(Path dir, OutputFormat format, String folder) {
        this.folder = folder;
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
        config.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    }

    /** Templates producing HTML. */
    public static Templates html(Path dir) {
        return new Templates(dir, HTMLOutputFormat.INSTANCE, "templates/");
    }

    /** Templates producing XML or XHTML. */
    public static Templates xml(Path dir) {
        return new Templates(dir, freemarker.core.XMLOutputFormat.INSTANCE, "templates/");
    }

    /**
     * Templates producing XHTML from {@code dir}, whose problems are reported under {@code folder}
     * ("templates/bulletin/"): the bulletins' templates.
     */
    public static Templates xhtml(Path dir, String folder) {
        return new Templates(dir, freemarker.core.XHTMLOutputFormat.INSTANCE, folder);
    }

    /** Renders a template with a data model; a template error becomes a {@link TemplateProblem}. */
    public String render(String template, Map<String, ?> model) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter(16 * 1024); // most pages are 10-30 kB: fewer copies while growing
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw syntax(e);
        } catch (TemplateException e) {
            // A syntax error in an imported template arrives wrapped: report it where it is.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof ParseException p) throw syntax(p);
            }
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
            throw new TemplateProblem(folder, name, line == null ? 0 : line, column == null ? 0 : column,
                    e.getMessageWithoutStackTop(), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw TemplateProblem.missing(folder, e.getTemplateName(), e);
        } catch (IOException e) {
            throw new TemplateProblem(folder, template, 0, 0, "cannot read the template: " + e.getMessage(), e);
        }
    }

    private TemplateProblem syntax(ParseException e) {
        return new TemplateProblem(folder, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
    }
}
