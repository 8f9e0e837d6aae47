package vn.luanchuyen.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.luanchuyen.reuse.Reuse;
import vn.luanchuyen.reuse.Stamp;
import vn.luanchuyen.view.Article;

/**
 * What JBake made from {@code content/} depends on nothing else but the site's templates and the
 * program (the site's stamp), so when neither they nor {@code content/} changed since the previous
 * build its files are kept and JBake does not run. The previous build's articles and files are
 * in {@value #FILE}: a digest of {@code content/}, the files JBake wrote, and each article's
 * header fields that the data pages list (all public: they are on the article pages).
 *
 * <pre>{@code
 * List<Article> articles = new BakedArticles(root, reuse).bakeInto(out, host).articles();
 * }</pre>
 */
final class BakedArticles {
    static final String FILE = ".luanchuyen/articles.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path root;
    private final Reuse reuse;

    BakedArticles(Path root, Reuse reuse) {
        this.root = root;
        this.reuse = reuse;
    }

    /** The articles and whether JBake baked them (false: kept from the previous output). */
    record Baked(List<Article> articles, boolean baked) {
    }

    /** The articles, baked by JBake into {@code out}, or kept from the previous output when {@code content/} is unchanged. */
    Baked bakeInto(Path out, String host) throws IOException {
        String content = reuse.pageFingerprint().add(Stamp.ofFolder(root.resolve("content"))).hex();
        Optional<Previous> kept = kept(content);
        List<Article> articles;
        List<String> files = new ArrayList<>();
        if (kept.isPresent()) {
            articles = kept.get().articles();
            files.addAll(kept.get().files());
        } else {
            articles = new JBakeOven(root).bake(out, host);
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = out.relativize(p).toString().replace('\\', '/');
                    files.add(path);
                    reuse.written(path, p);
                }
            }
        }
        write(out.resolve(FILE), content, files, articles);
        reuse.written(FILE, out.resolve(FILE));
        return new Baked(articles, kept.isEmpty());
    }

    /** What the previous build baked: its articles and the files JBake wrote. */
    private record Previous(List<Article> articles, List<String> files) {
    }

    /** The previous articles and files, if {@code content/} is the same and every file JBake wrote is still there. */
    private Optional<Previous> kept(String content) throws IOException {
        Optional<Path> previous = reuse.previous(FILE);
        if (previous.isEmpty() || !Files.isRegularFile(previous.get())) return Optional.empty();
        JsonNode json = JSON.readTree(previous.get().toFile());
        if (!content.equals(json.path("content").asText())) return Optional.empty();
        List<String> files = texts(json.path("files"));
        for (String f : files) {
            if (!reuse.keep(f)) return Optional.empty();
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : json.path("articles")) {
            articles.add(new Article(a.path("uri").asText(), a.path("title").asText(), LocalDate.parse(a.path("date").asText()),
                    a.path("summary").asText(), texts(a.path("tags")), texts(a.path("cadres")), texts(a.path("units"))));
        }
        return Optional.of(new Previous(articles, files));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void write(Path file, String content, List<String> files, List<Article> articles) throws IOException {
        ObjectNode json = JSON.createObjectNode();
        json.put("content", content);
        ArrayNode list = json.putArray("files");
        new TreeSet<>(files).forEach(list::add);
        ArrayNode all = json.putArray("articles");
        for (Article a : articles) {
            ObjectNode o = all.addObject();
            o.put("uri", a.uri());
            o.put("title", a.title());
            o.put("date", a.date().toString());
            o.put("summary", a.summary());
            ArrayNode tags = o.putArray("tags");
            a.tags().forEach(tags::add);
            ArrayNode cadres = o.putArray("cadres");
            a.cadres().forEach(cadres::add);
            ArrayNode units = o.putArray("units");
            a.units().forEach(units::add);
        }
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }
}
