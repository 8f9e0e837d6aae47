package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Pages.Empty;
import vn.luanchuyen.view.Pages.HomePage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ProgrammeEntry;
import vn.luanchuyen.view.Pages.ProgrammesIndexPage;
import vn.luanchuyen.view.Pages.SourceEntry;
import vn.luanchuyen.view.Pages.SourcesPage;
import vn.luanchuyen.view.Pages.UnitNode;
import vn.luanchuyen.view.Pages.UnitsIndexPage;
import vn.luanchuyen.view.Rows.Headline;

/** The home page, the lists of units, programmes and sources, search and "not found" (the cadres' list: {@link CadreIndexPages}). */
final class IndexPages {
    static final String SITE = "Luân chuyển cán bộ";
    private final ViewContext ctx;

    IndexPages(ViewContext ctx) {
        this.ctx = ctx;
    }

    List<Page> pages() {
        return List.of(home(), units(), programmes(), sources(),
                new Page(Paths.SEARCH, "search.ftl", PageMeta.of("Tìm kiếm", "Tìm cán bộ, đơn vị, văn bản và bài viết.",
                        Paths.SEARCH, "website", ""), new Empty()),
                // A host serves 404.html at any missing address, at any depth: its links start from the root.
                new Page("404.html", "404.ftl", new PageMeta("Không tìm thấy trang", "Trang này không có.", "404.html",
                        "/", "website", ""), new Empty()));
    }

    private Page home() {
        long down = ctx.moves().stream().filter(m -> m.direction() == Direction.DOWN).count();
        List<Headline> headlines = List.of(
                new Headline(VietnameseNumbers.of(ctx.moves().size()), "lượt điều động, luân chuyển trong hồ sơ",
                        new Link(Paths.MOVES, "Xem các lượt")),
                new Headline(VietnameseNumbers.of(down), "lượt luân chuyển về cơ sở",
                        new Link(MovePages.directionPath(Direction.DOWN), "Về cơ sở")),
                new Headline(VietnameseNumbers.of(ctx.data().cadres().size()), "cán bộ", new Link(Paths.CADRES, "Danh sách cán bộ")),
                new Headline(VietnameseNumbers.of(ctx.data().programmes().size()), "văn bản, chương trình",
                        new Link(Paths.PROGRAMMES, "Văn bản")));
        List<Link> districts = ctx.data().units().stream().filter(u -> ctx.units().level(u.id()) == 2)
                .sorted(Comparator.comparing(Unit::name, VietnameseCollation.comparator()))
                .map(u -> ctx.unitLink(u.id())).toList();
        List<Link> programmes = ctx.data().programmes().stream()
                .sorted(Comparator.comparing((Programme p) -> p.date() == null ? p.from() : p.date(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Programme::id))
                .limit(5).map(p -> new Link(Paths.programme(p.id()), ProgrammePages.title(p))).toList();
        HomePage page = new HomePage(headlines, new MoveRows(ctx).of(ctx.moves().stream().limit(10).toList()),
                ctx.articles().stream().limit(5).map(ViewContext::articleRef).toList(), districts, programmes,
                ctx.bulletins().stream().limit(5).toList());
        return new Page("", "home.ftl", PageMeta.of(SITE, "Hồ sơ điều động, luân chuyển cán bộ ở cơ sở: ai đi đâu, khi nào,"
                + " theo văn bản nào, và kết quả so với chỉ tiêu.", "", "website", ""), page);
    }

    private Page units() {
        List<UnitNode> roots = ctx.data().units().stream().filter(u -> u.parents().isEmpty())
                .sorted(Comparator.comparing(Unit::name, VietnameseCollation.comparator()))
                .map(u -> node(u, 0)).toList();
        return new Page(Paths.UNITS, "units.ftl", PageMeta.of("Đơn vị hành chính", "Các tỉnh, huyện, xã trong hồ sơ.",
                Paths.UNITS, "website", ""), new UnitsIndexPage(roots));
    }

    private UnitNode node(Unit u, int depth) {
        List<UnitNode> children = new ArrayList<>();
        if (depth < 8) {
            ctx.childrenOf(u.id()).stream()
                    .filter(c -> u.id().equals(c.parents().get(0).unit()))
                    // the units in force first (a province's communes since the reform), then those ended (its districts)
                    .sorted(Comparator.comparing((Unit c) -> c.validTo() != null)
                            .thenComparing(Unit::name, VietnameseCollation.comparator()))
                    .forEach(c -> children.add(node(c, depth + 1)));
        }
        String note = u.validTo() == null ? "" : "kết thúc hoạt động sau " + VietnameseDates.of(u.validTo());
        return new UnitNode(ctx.unitLink(u.id()), note, children);
    }

    private Page programmes() {
        ProgrammePages pp = new ProgrammePages(ctx);
        List<ProgrammeEntry> entries = ctx.data().programmes().stream()
                .sorted(Comparator.comparing(ProgrammePages::title, VietnameseCollation.comparator()))
                .map(p -> new ProgrammeEntry(new Link(Paths.programme(p.id()), ProgrammePages.title(p)), p.kind().label(),
                        pp.issuer(p), AggregateRows.period(p.from(), p.to())))
                .toList();
        return new Page(Paths.PROGRAMMES, "programmes.ftl", PageMeta.of("Văn bản, chương trình",
                "Nghị quyết, đề án, kế hoạch về công tác cán bộ và chỉ tiêu của chúng.", Paths.PROGRAMMES, "website", ""),
                new ProgrammesIndexPage(entries));
    }

    private Page sources() {
        List<SourceEntry> entries = ctx.data().sources().stream()
                .sorted(Comparator.comparing((Source s) -> s.date(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Source::id))
                .map(s -> new SourceEntry(s.id(), s.publication(), s.title(), s.section(),
                        s.date() == null ? "" : VietnameseDates.of(s.date()) + (s.time() == null ? "" : " " + s.time()),
                        s.author(), s.url()))
                .toList();
        return new Page(Paths.SOURCES, "sources.ftl", PageMeta.of("Nguồn", "Các bài báo và văn bản làm căn cứ cho hồ sơ.",
                Paths.SOURCES, "website", ""), new SourcesPage(entries));
    }
}
