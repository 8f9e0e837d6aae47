package vn.luanchuyen.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.diag.Phases;
import vn.luanchuyen.diag.Progress;
import vn.luanchuyen.history.History;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.render.Templates;
import vn.luanchuyen.reuse.DataKeys;
import vn.luanchuyen.reuse.Memo;
import vn.luanchuyen.reuse.RecordMemo;
import vn.luanchuyen.reuse.Reuse;
import vn.luanchuyen.view.Article;
import vn.luanchuyen.view.PageTask;
import vn.luanchuyen.view.Paths;
import vn.luanchuyen.view.Rows.BulletinRef;
import vn.luanchuyen.view.SiteViews;

/**
 * Builds the website into a folder: JBake bakes the articles, then every page made from data
 * goes through the same templates and layout, then the search index, sitemap and robots.txt.
 *
 * <pre>{@code
 * int pages = new SiteBuilder(root, Progress.none()).build(new Derived(publicData), history, new DataKeys(publicData, checked.files(), history),
 *         bulletins, 0, staging, reuse, Memo.none(), phases);
 * }</pre>
 */
public final class SiteBuilder {
    private static final String SEARCH_INDEX = "search-index.json";
    private static final String SITEMAP = "sitemap";
    private static final String LISTING_ORDERS = "keys of the listing pages' orders";
    private static final String FIGURES = "figures of the pages";
    private static final String SEARCH_JSON = "the search entries' JSON";
    private static final String TASK_OUTCOMES = "what the page tasks came to";
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
    private final Path root;
    private final Progress progress;
    private final boolean verify;

    public SiteBuilder(Path root, Progress progress) {
        this(root, progress, false);
    }

    /** @param verify make even the pages kept by their tasks' inputs, and fail if any would differ (for tests) */
    public SiteBuilder(Path root, Progress progress, boolean verify) {
        this.root = root;
        this.progress = progress;
        this.verify = verify;
    }

    /**
     * Builds the site; returns the number of pages made from data. Pages made from the same
     * things as in the previous build are not rendered again ({@code reuse}); every file written
     * is recorded there. Pages whose inputs have the same keys as then ({@code dataKeys}) are not
     * even made. {@code memo} keeps what the next build of this process will read back (the search entries).
     */
    public int build(Derived data, History history, DataKeys dataKeys, List<BulletinRef> bulletins, int bulletinsFrom, Path out, Reuse reuse,
                     Memo memo, Phases phases) throws IOException {
        SiteSettings settings = SiteSettings.read(root);
        BakedArticles.Baked baked = new BakedArticles(root, reuse).bakeInto(out, settings.host());
        List<Article> articles = baked.articles();
        phases.end(baked.baked() ? "site: articles (JBake)" : "site: articles (unchanged, kept)");
        SiteViews views = new SiteViews(data, articles, history, bulletins, memo.<vn.luanchuyen.stats.FigureResolver>any(FIGURES).orElse(null),
                bulletinsFrom);
        memo.put(FIGURES, "the last build", views.figures());
        List<PageTask> tasks = views.tasks();
        TaskKeys keys = new TaskKeys(reuse::pageFingerprint, dataKeys, views.shared(), data.moves(), RecordMemo.in(memo, "key of each move"),
                memo.any(LISTING_ORDERS));
        // pages are kept unmade only with the search entries the previous build wrote for them
        java.util.Optional<PreviousSearch> previousSearch = previousSearch(reuse, memo);
        java.util.Optional<LastTasks.Taking> last = memo.<LastTasks>any(TASK_OUTCOMES)
                .flatMap(l -> l.takenBy(keys.shared(), keys.head(), dataKeys));
        phases.end("site: indexes for pages");
        Templates templates = Templates.html(root.resolve("templates"));
        PageWriter.Result result = new PageWriter(templates, settings, history, progress, reuse, keys, previousSearch, verify, last)
                .write(tasks, out);
        List<PageWriter.Written> pages = result.pages();
        memo.put(TASK_OUTCOMES, "the last build", new LastTasks(keys.shared(), keys.head(), dataKeys, result.outcomes()));
        memo.put(LISTING_ORDERS, "the last build", keys.orders());
        phases.end("site: pages");
        Path feed = out.resolve("thay-doi/feed.xml");
        Files.createDirectories(feed.getParent());
        Files.writeString(feed, Templates.xml(root.resolve("templates"))
                .render("changes-feed.ftl", Map.of("site", settings, "page", views.changesFeed())), StandardCharsets.UTF_8);
        SearchIndexWriter.Index search = new SearchIndexWriter().write(pages.stream().flatMap(p -> p.searchEntry().stream()).toList(),
                articles, out.resolve(SEARCH_INDEX), memo.<SearchIndexWriter.Written>any(SEARCH_JSON).orElse(SearchIndexWriter.Written.NONE));
        memo.put(SEARCH_JSON, "the last build", search.written());
        List<Map<String, String>> entries = search.written().entries();
        List<String> paths = new ArrayList<>();
        pages.stream().map(PageWriter.Written::path).filter(p -> !p.equals("404.html")).forEach(paths::add);
        paths.add(Paths.ARTICLES); // JBake's archive of the articles is a page too
        articles.forEach(a -> paths.add(a.uri()));
        sitemap(settings, paths, out, reuse, memo);
        List<String> written = new ArrayList<>();
        copyLunr(out.resolve("assets/lunr.min.js"));
        written.addAll(List.of("thay-doi/feed.xml", "assets/lunr.min.js"));
        for (String file : written) reuse.written(file, out.resolve(file));
        memo.put(SEARCH_INDEX, reuse.written(SEARCH_INDEX, search.bytes()), PreviousSearch.of(entries));
        phases.end("site: feeds, search, sitemap");
        return pages.size();
    }

    /**
     * Writes the sitemap and robots.txt and records them, unless this process wrote them for the
     * same pages and host and the previous output has them as written then (most rebuilds add or
     * remove no page; a build that failed after writing them left the output without them).
     */
    private static void sitemap(SiteSettings settings, List<String> paths, Path out, Reuse reuse, Memo memo) throws IOException {
        List<Object> pages = List.of(settings.host(), paths);
        Map<String, String> kept = memo.get(SITEMAP, pages, () -> null);
        if (kept != null && kept.entrySet().stream().allMatch(f -> reuse.previousFingerprint(f.getKey()).equals(java.util.Optional.of(f.getValue()))
                && reuse.keep(f.getKey()))) {
            return;
        }
        Map<String, String> written = new java.util.LinkedHashMap<>();
        for (String file : new SitemapWriter(settings).write(paths, out)) written.put(file, reuse.written(file, out.resolve(file)));
        memo.put(SITEMAP, pages, written);
    }

    /**
     * The search entries the previous build wrote, if its index is intact: as this process kept
     * them when it wrote them ({@code memo}, keyed by the digest of the bytes), or read back. An
     * output this process applied itself is not read again to tell (11 MB nationally; see
     * {@link Reuse#keep}).
     */
    private static java.util.Optional<PreviousSearch> previousSearch(Reuse reuse, Memo memo) throws IOException {
        java.util.Optional<String> recorded = reuse.previousFingerprint(SEARCH_INDEX);
        if (recorded.isEmpty()) return java.util.Optional.empty();
        if (reuse.previousAppliedHere()) {
            java.util.Optional<PreviousSearch> kept = memo.madeFrom(SEARCH_INDEX, recorded.get());
            if (kept.isPresent()) return kept;
        }
        java.util.Optional<byte[]> bytes = reuse.intact(SEARCH_INDEX);
        if (bytes.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(memo.get(SEARCH_INDEX, recorded.get(), () -> PreviousSearch.read(bytes.get())));
    }

    private static void copyLunr(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = SiteBuilder.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) throw new IOException("lunr.min.js is missing from the classpath (WebJar org.webjars.npm:lunr)");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
