package vn.luanchuyen.site;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import vn.luanchuyen.view.Article;

/**
 * A JBake rendering tool that renders nothing: it reads the published articles from JBake's
 * content store while the bake runs (the store closes after) and hands them to the consumer
 * that {@link JBakeOven} put in the configuration. Listed in
 * {@code META-INF/services/org.jbake.render.RenderingTool}.
 */
public final class ArticleCollector implements RenderingTool {
    static final String SINK = "luanchuyen.article.sink";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        Object sink = config.get(SINK);
        if (!(sink instanceof Consumer<?>)) return 0;
        @SuppressWarnings("unchecked")
        Consumer<Article> consumer = (Consumer<Article>) sink;
        for (DocumentModel d : db.getPublishedPosts()) {
            consumer.accept(article(d));
        }
        return 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templates, CompositeConfiguration config) {
        return 0;
    }

    private static Article article(DocumentModel d) {
        Date date = d.getDate();
        LocalDate day = date == null ? LocalDate.EPOCH : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        String uri = String.valueOf(d.get("uri"));
        return new Article(uri, d.getTitle(), day, text(d.get("summary")),
                d.getTags() == null ? List.of() : Arrays.asList(d.getTags()), ids(d.get("cadres")), ids(d.get("units")));
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    private static List<String> ids(Object o) {
        List<String> out = new ArrayList<>();
        if (o == null) return out;
        for (String s : o.toString().split(",")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }
}
