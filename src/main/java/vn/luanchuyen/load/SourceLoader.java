package vn.luanchuyen.load;

import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.model.Source;

/** {@code data/sources/<id>.yaml}: one source. */
final class SourceLoader {
    static final Set<String> FIELDS = Set.of("id", "publication", "title", "section", "date", "time", "author", "url");

    private SourceLoader() {
    }

    static Source load(FileContext ctx, Node root) {
        MappingReader r = MappingReader.ofFile(ctx, root, FIELDS);
        if (r == null) return null;
        String time = r.text("time");
        if (time != null && !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            ctx.error("value.not-time", r.pos("time"), time);
            time = null;
        }
        String url = r.text("url");
        if (url != null && !url.matches("https?://[^\\s<>\"]+")) {
            ctx.error("value.not-url", r.pos("url"), url);
            url = null;
        }
        return new Source(r.requiredId("id"), r.requiredText("publication"), r.requiredText("title"), r.text("section"),
                r.requiredDate("date"), time, r.text("author"), url, r.origin());
    }
}
