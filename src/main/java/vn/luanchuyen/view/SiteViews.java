package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.reuse.Fingerprint;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.view.Pages.Page;

/**
 * Every page of the site made from data, ready for the templates: as tasks that make a page
 * (or a unit's few term pages) when run, so a national site never has to be in memory at once.
 *
 * <pre>{@code
 * SiteViews views = new SiteViews(publicData, articles, history, bulletins);
 * for (PageTask t : views.tasks()) render(t.make().get());
 * }</pre>
 */
public final class SiteViews {
    private static final String CADRES = "data/cadres/";
    private final ViewContext ctx;
    private final Page changes;
    private final Map<String, String> digests;
    private final String shared;

    public SiteViews(Dataset data, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this(data, articles, history, bulletins, Map.of());
    }

    /**
     * @param digests a digest of each data file by its path; with them, each cadre page declares
     *                the key of its inputs, so an unchanged one can be kept without being made
     */
    public SiteViews(Dataset data, List<Article> articles, History history, List<Rows.BulletinRef> bulletins,
                     Map<String, String> digests) {
        this.ctx = new ViewContext(data, articles, history, bulletins);
        this.changes = new ChangePages(ctx).page();
        this.digests = digests;
        this.shared = sharedInputs(digests, articles, history);
    }

    /**
     * What every cadre page may read besides its own cadre's file: every other data file (units,
     * sources, achievements …), the articles, and the git history (its head and what it could not
     * know). A cadre page never reads another cadre's record: its moves and locality are derived
     * from its own tenures and the units.
     */
    private static String sharedInputs(Map<String, String> digests, List<Article> articles, History history) {
        Fingerprint fp = new Fingerprint().add("cadre page inputs 1");
        new TreeMap<>(digests).forEach((file, digest) -> {
            if (!file.startsWith(CADRES)) fp.add(file).add(digest);
        });
        return fp.add(articles).add(history.head().map(Commit::id).orElse("")).add(history.note()).hex();
    }

    private PageTask cadreTask(CadrePages cadres, Cadre c) {
        String file = c.origin().file();
        String digest = digests.get(file);
        if (digest == null || !file.startsWith(CADRES)) return PageTask.one(() -> cadres.page(c));
        String inputs = new Fingerprint().add(shared).add(file).add(digest).hex();
        return PageTask.one(() -> cadres.page(c), new PageTask.Shortcut(Paths.cadre(c.id()), inputs,
                () -> Optional.of(cadres.search(c))));
    }

    /** The tasks in page order: home and indexes, units, cadres, programmes, moves, tags, results, terms, changes, bulletins. */
    public List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        tasks.add(PageTask.made(new IndexPages(ctx).pages()));
        UnitPages units = new UnitPages(ctx);
        ctx.data().units().forEach(u -> tasks.add(PageTask.one(() -> units.page(u))));
        CadrePages cadres = new CadrePages(ctx);
        ctx.data().cadres().forEach(c -> tasks.add(cadreTask(cadres, c)));
        tasks.add(PageTask.made(new ProgrammePages(ctx).pages()));
        tasks.addAll(new MovePages(ctx).tasks());
        tasks.add(PageTask.made(new TagPages(ctx).pages()));
        ResultPages results = new ResultPages(ctx);
        ctx.data().units().forEach(u -> tasks.add(PageTask.one(() -> results.page(u))));
        tasks.add(PageTask.one(results::overview));
        tasks.addAll(new TermPages(ctx).tasks());
        tasks.add(PageTask.made(List.of(changes)));
        tasks.add(PageTask.made(List.of(new Page(Paths.BULLETINS, "bulletins.ftl", PageMeta.of("Bản tin",
                "Các bản tin PDF về điều động, luân chuyển cán bộ theo huyện, năm và đợt sơ kết.", Paths.BULLETINS, "website", ""),
                new Pages.BulletinsPage(ctx.bulletins())))));
        return tasks;
    }

    /** The site-wide list of record changes (also the source of its feed). */
    public Page changes() {
        return changes;
    }

    /** Every page at once, in page order: for tests and small sites. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        tasks().forEach(t -> pages.addAll(t.make().get()));
        return pages;
    }
}
