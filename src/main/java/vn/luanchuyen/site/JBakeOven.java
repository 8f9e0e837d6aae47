package vn.luanchuyen.site;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import vn.luanchuyen.render.TemplateProblem;
import vn.luanchuyen.view.Article;

/**
 * The one class that runs JBake. JBake bakes {@code content/} (articles, the archive and the Atom
 * feed) with the project's templates and copies {@code templates/static/}; its own data-file
 * crawl and its index, tag, sitemap and 404 pages are switched off: we make those, tag pages at
 * ASCII addresses ({@code view.TagPages}), which JBake's tag renderer cannot give.
 * JBake logs errors instead of failing: any error it collects fails the bake here.
 */
public final class JBakeOven {
    /**
     * The templates JBake may render with: the archive and the feed on every build, an article of
     * type post or page. Looked for before baking: JBake logs a missing one with its stack and gives
     * only a message naming it, so the build could not say which file to put back.
     */
    private static final List<String> TEMPLATES = List.of("archive.ftl", "feed.ftl", "post.ftl", "page.ftl");
    private final Path root;

    public JBakeOven(Path root) {
        this.root = root;
    }

    /** Bakes into {@code destination}; returns the published articles. */
    public List<Article> bake(Path destination, String siteHost) throws IOException {
        for (String template : TEMPLATES) {
            if (!Files.isRegularFile(root.resolve("templates").resolve(template))) throw TemplateProblem.missing("templates/", template, null);
        }
        List<Article> articles = new ArrayList<>();
        Path noData = Files.createTempDirectory("luanchuyen-jbake-nodata");
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(root.toFile(), destination.toFile(), true);
            config.setContentFolder(root.resolve("content").toFile());
            config.setTemplateFolder(root.resolve("templates").toFile());
            config.setAssetFolder(root.resolve("templates/static").toFile());
            config.setDataFolder(noData.toFile());
            config.setDestinationFolder(destination.toFile());
            config.setDatabaseStore("memory");
            config.setDatabasePath("luanchuyen");
            config.setSiteHost(siteHost);
            config.setProperty("render.index", false);
            config.setProperty("render.sitemap", false);
            config.setProperty("render.error404", false);
            config.setProperty("render.tagsindex", false);
            config.setProperty("render.archive", true);
            config.setProperty("archive.file", "bai-viet/index.html");
            config.setProperty("render.feed", true);
            config.setProperty("feed.file", "feed.xml");
            config.setProperty("render.tags", false);
            config.setProperty("asset.ignore", true);
            config.setProperty(ArticleCollector.SINK, (Consumer<Article>) articles::add);
            // JBake's content store is an OrientDB database in memory, thrown away after the bake. On
            // creation OrientDB hashes the passwords of its default users with 65,536 rounds of
            // PBKDF2, about 40% of JBake's own time here; those passwords guard nothing.
            OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
            Oven oven = new Oven(config);
            oven.bake();
            if (!oven.getErrors().isEmpty()) throw failure(oven.getErrors());
        } finally {
            Files.deleteIfExists(noData);
        }
        articles.sort(Comparator.comparing(Article::uri));
        return articles;
    }

    /** The first error JBake collected, as a template problem when it was one. */
    private static RuntimeException failure(List<Throwable> errors) {
        for (Throwable e : errors) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof freemarker.core.ParseException p) {
                    return new TemplateProblem(p.getTemplateName(), p.getLineNumber(), p.getColumnNumber(), p.getEditorMessage(), p);
                }
                if (c instanceof freemarker.template.TemplateException t) {
                    return new TemplateProblem(t.getTemplateSourceName(), t.getLineNumber() == null ? 0 : t.getLineNumber(),
                            t.getColumnNumber() == null ? 0 : t.getColumnNumber(), t.getMessageWithoutStackTop(), t);
                }
            }
        }
        Throwable first = errors.get(0);
        return new IllegalStateException("JBake failed: " + first.getMessage(), first);
    }
}
