package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.List;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.view.Pages.Page;

/**
 * Every page of the site made from data, ready for the templates.
 *
 * <pre>{@code
 * List<Page> pages = new SiteViews(publicData, articles).pages();
 * }</pre>
 */
public final class SiteViews {
    private final ViewContext ctx;

    public SiteViews(Dataset data, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this.ctx = new ViewContext(data, articles, history, bulletins);
    }

    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.addAll(new IndexPages(ctx).pages());
        pages.addAll(new UnitPages(ctx).pages());
        pages.addAll(new CadrePages(ctx).pages());
        pages.addAll(new ProgrammePages(ctx).pages());
        pages.addAll(new MovePages(ctx).pages());
        pages.addAll(new TagPages(ctx).pages());
        pages.addAll(new ResultPages(ctx).pages());
        pages.addAll(new TermPages(ctx).pages());
        pages.add(new ChangePages(ctx).page());
        pages.add(new Page(Paths.BULLETINS, "bulletins.ftl", PageMeta.of("Bản tin", "Các bản tin PDF về điều động, luân chuyển"
                + " cán bộ theo huyện, năm và đợt sơ kết.", Paths.BULLETINS, "website", ""),
                new Pages.BulletinsPage(ctx.bulletins())));
        return pages;
    }
}
