package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import vn.luanchuyen.derive.Derived;
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
    private final ViewContext ctx;
    private final Pages.ChangesPage changes;
    /** The move listings, whose summary of all moves every page's key also takes ({@link #shared()}). */
    private final MovePages moves;
    /** The first year of the bulletins ({@code years.from} in their settings), or 0: every year with records. */
    private final int bulletinsFrom;

    public SiteViews(Dataset data, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this(new Derived(data), articles, history, bulletins);
    }

    /** The views of data whose units' tree, moves and cadres within each unit the build has already worked out. */
    public SiteViews(Derived derived, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this(derived, articles, history, bulletins, null, 0);
    }

    /**
     * @param previousFigures the figures of the last build of this process ({@link #figures()}), or
     *                        null: the local shares of the communes no edited cadre held a post in are kept
     * @param bulletinsFrom the first year the bulletins are made of, which their page tells; 0: every year with records
     */
    public SiteViews(Derived derived, List<Article> articles, History history, List<Rows.BulletinRef> bulletins,
                     vn.luanchuyen.stats.FigureResolver previousFigures, int bulletinsFrom) {
        this.bulletinsFrom = bulletinsFrom;
        this.ctx = new ViewContext(derived, articles, history, bulletins, previousFigures);
        // the two read the context only: the listing of changes is worked out beside the move listings
        ForkJoinTask<Pages.ChangesPage> changing = ForkJoinPool.commonPool().submit(() -> new ChangePages(ctx).record());
        this.moves = new MovePages(ctx);
        this.changes = changing.join();
    }

    /** The tasks in page order: home and indexes, units, cadres, programmes, moves, tags, results, terms, changes, bulletins. */
    public List<PageTask> tasks() {
        // the sections that go over every unit or cadre read the context only: chosen side by side, listed in page order
        ForkJoinTask<List<PageTask>> letters = ForkJoinPool.commonPool().submit(() -> new CadreIndexPages(ctx).tasks());
        ForkJoinTask<List<PageTask>> terms = ForkJoinPool.commonPool().submit(() -> new TermPages(ctx).tasks());
        ForkJoinTask<ResultPages> resulting = ForkJoinPool.commonPool().submit(() -> new ResultPages(ctx));
        List<PageTask> tasks = new ArrayList<>();
        tasks.add(PageTask.made(new IndexPages(ctx).pages()));
        UnitPages units = new UnitPages(ctx);
        ctx.data().units().forEach(u -> tasks.add(PageTask.one(new PageTask.Inputs("unit " + u.id(), ctx.cadresWithin(u.id())),
                () -> units.page(u))));
        tasks.addAll(letters.join());
        CadrePages cadres = new CadrePages(ctx);
        ctx.data().cadres().forEach(c -> tasks.add(PageTask.one(new PageTask.Inputs("cadre " + c.id(), List.of(c.id())),
                () -> cadres.page(c))));
        tasks.add(PageTask.made(new ProgrammePages(ctx).pages()));
        tasks.addAll(moves.tasks());
        tasks.add(PageTask.made(new TagPages(ctx).pages()));
        ResultPages results = resulting.join();
        ctx.data().units().forEach(u -> tasks.add(PageTask.one(new PageTask.Inputs("results " + u.id(), ctx.cadresWithin(u.id())),
                () -> results.page(u))));
        tasks.add(PageTask.one(results::overview));
        tasks.addAll(terms.join());
        tasks.add(PageTask.made(List.of(changes())));
        tasks.add(PageTask.made(List.of(new Page(Paths.BULLETINS, "bulletins.ftl", PageMeta.of("Bản tin",
                "Các bản tin PDF về điều động, luân chuyển cán bộ theo huyện (từ ngày 01/07/2025: theo tỉnh), năm và đợt sơ kết.", Paths.BULLETINS, "website", ""),
                new Pages.BulletinsPage(ctx.bulletins(), bulletinsFrom == 0 ? "" : String.valueOf(bulletinsFrom))))));
        return tasks;
    }

    /**
     * What any page may read besides the data files (every one but the cadres', and the cadres its
     * task names, {@link PageTask.Inputs}), which the caller keys from the files themselves: the
     * articles, the bulletins, the reference date, and what the listings take from all moves
     * (their years, the places with moves, the units with a listing of their own).
     */
    public List<Object> shared() {
        return List.of(ctx.articles(), ctx.bulletins(), ctx.asOf(), moves.summary());
    }

    /** The figures the pages are judged with, for the next build of this process. */
    public vn.luanchuyen.stats.FigureResolver figures() {
        return ctx.figures();
    }

    /** The site-wide list of record changes (also the source of its feed). */
    public Page changes() {
        return ChangePages.page(changes);
    }

    /** What the Atom feed of changes carries: the newest of {@link #changes()}. */
    public Pages.ChangesPage changesFeed() {
        return ChangePages.feed(changes);
    }

    /** Every page at once, in page order: for tests and small sites. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        tasks().forEach(t -> pages.addAll(t.make().get()));
        return pages;
    }
}
