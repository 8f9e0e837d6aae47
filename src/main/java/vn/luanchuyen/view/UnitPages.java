package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Locality;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.UnitPage;
import vn.luanchuyen.view.Rows.EventRow;
import vn.luanchuyen.view.Rows.HolderPeriod;
import vn.luanchuyen.view.Rows.HolderRow;
import vn.luanchuyen.view.Rows.PostHistory;

/** A page per unit: who leads it, who led it, moves, programmes, figures and what became of it. */
final class UnitPages {
    /** Key posts in the order official lists give them. */
    static final List<PostKind> KEY_POSTS = List.of(PostKind.BI_THU, PostKind.PHO_BI_THU_THUONG_TRUC, PostKind.PHO_BI_THU,
            PostKind.CHU_TICH_HDND, PostKind.CHU_TICH_UBND);

    private final ViewContext ctx;
    private final MoveRows moveRows;
    private final AggregateRows aggregates;
    private final TermPages termPages;

    UnitPages(ViewContext ctx) {
        this.ctx = ctx;
        this.moveRows = new MoveRows(ctx);
        this.aggregates = new AggregateRows(ctx);
        this.termPages = new TermPages(ctx);
    }

    /** The newest moves a unit's page shows (a listing page's worth); all are in the unit's listing, which the page then links to. */
    static final int MOVES_SHOWN = MovePages.PER_PAGE;

    /** The first {@code shown} of a list, newest first. */
    private static <T> List<T> newest(List<T> all, int shown) {
        return all.subList(0, Math.min(all.size(), shown));
    }

    /** "Xem tất cả 3.375 lượt" to where all are, or null when the page shows them all. */
    private static Link seeAll(List<?> all, int shown, String href, String what) {
        return all.size() <= shown ? null : new Link(href, "Xem tất cả " + VietnameseNumbers.of(all.size()) + " " + what);
    }

    /** The newest bulletins a unit's page lists; all are on the bulletins page, which it then links to. */
    static final int BULLETINS_SHOWN = 20;

    Page page(Unit u) {
        String name = MoveRows.capitalise(PostNames.unit(u));
        List<Move> moves = ctx.moveStats().in(u.id());
        List<Rows.BulletinRef> bulletins = ctx.bulletinsAbout(u.id());
        Set<String> sourceIds = new LinkedHashSet<>(u.sources());
        var figures = aggregates.figures(u.id(), sourceIds);
        var achievements = aggregates.achievements(u.id(), sourceIds);
        var trainings = aggregates.trainings(u.id(), sourceIds);
        var evaluations = aggregates.evaluations(u.id(), sourceIds);
        UnitPage page = new UnitPage(name, u.type().label(), breadcrumbs(u), status(u), events(u), children(u), holders(u),
                history(u), moveRows.of(newest(moves, MOVES_SHOWN)), seeAll(moves, MOVES_SHOWN, MovePages.listingOf(ctx, u.id()), "lượt"),
                programmes(u), figures, achievements, trainings, evaluations,
                ctx.articlesAbout(null, u.id()), ctx.sources(sourceIds), new Link(ResultPages.path(u.id()), "Thành tích, chỉ tiêu"),
                termPages.terms(u).stream().map(t -> new Link(TermPages.path(u.id(), t), "Nhiệm kỳ " + t.label())).toList(),
                ctx.changesOf("units", u.id()), newest(bulletins, BULLETINS_SHOWN), seeAll(bulletins, BULLETINS_SHOWN, Paths.BULLETINS, "bản tin"));
        String parent = u.parents().isEmpty() ? null
                : ctx.unit(u.parents().get(0).unit()).map(PostNames::partyCommittee).orElse(null);
        String description = "Lãnh đạo chủ chốt, điều động, luân chuyển cán bộ và kết quả ở " + name + ".";
        PageMeta meta = PageMeta.of(name, description, Paths.unit(u.id()), "website",
                JsonLd.governmentOrganization(PostNames.partyCommittee(u), name, parent));
        RecordFiles files = new RecordFiles(ctx.units()).unit(u.id()).moves(newest(moves, MOVES_SHOWN));
        ctx.heldIn(u.id()).forEach(h -> files.origin(h.cadre().origin()));
        aggregates.files(u.id(), files);
        return new Page(Paths.unit(u.id()), "unit.ftl", meta, page, files.list());
    }

    private List<Link> breadcrumbs(Unit u) {
        List<Link> crumbs = new ArrayList<>();
        List<String> ancestors = new ArrayList<>(ctx.units().ancestors(u.id()));
        ancestors.sort(Comparator.comparingInt(id -> ctx.units().level(id)));
        for (String a : ancestors) {
            if (ctx.units().level(a) < ctx.units().level(u.id())) crumbs.add(ctx.unitLink(a));
        }
        return crumbs.stream().filter(Objects::nonNull).toList();
    }

    private String status(Unit u) {
        if (u.validTo() == null) return "";
        boolean day = u.validTo().precision() == vn.luanchuyen.model.PartialDate.Precision.DAY;
        return "Hoạt động đến hết " + (day ? "ngày " : "") + VietnameseDates.of(u.validTo()) + ".";
    }

    private List<EventRow> events(Unit u) {
        return u.events().stream().sorted(Comparator.comparing(UnitEvent::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(e -> new EventRow(e.date() == null ? "" : VietnameseDates.of(e.date()), eventText(e), e.basis(),
                        e.into() == null ? null : ctx.unitLink(e.into())))
                .toList();
    }

    private static String eventText(UnitEvent e) {
        String text = MoveRows.capitalise(e.kind().label());
        if (e.name() != null) text += ": " + e.name();
        if (e.type() != null) text += ": " + e.type().label();
        return text;
    }

    private List<Link> children(Unit u) {
        Comparator<String> vi = VietnameseCollation.comparator();
        return ctx.childrenOf(u.id()).stream()
                .sorted(Comparator.comparing(Unit::name, vi))
                .map(c -> ctx.unitLink(c.id()))
                .toList();
    }

    private List<ViewContext.Held> tenures(Unit u, PostKind post) {
        return ctx.heldIn(u.id()).stream()
                .filter(h -> h.tenure().post() == post)
                .sorted(Comparator.comparing((ViewContext.Held h) -> start(h.tenure()),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static vn.luanchuyen.model.PartialDate start(Tenure t) {
        return t.from() != null ? t.from() : t.heldOn();
    }

    private List<HolderRow> holders(Unit u) {
        List<HolderRow> rows = new ArrayList<>();
        for (PostKind post : KEY_POSTS) {
            for (ViewContext.Held h : tenures(u, post)) {
                Tenure t = h.tenure();
                if (t.to() != null) continue;
                Cadre c = h.cadre();
                Locality locality = ctx.locality().of(c, u.id());
                String since = t.from() != null ? "từ " + VietnameseDates.of(t.from())
                        : "theo nguồn " + VietnameseDates.of(t.heldOn());
                rows.add(new HolderRow(ctx.post(t), ctx.cadreLink(c.id()), since, locality.label(),
                        locality == Locality.NON_LOCAL));
            }
        }
        return rows;
    }

    private List<PostHistory> history(Unit u) {
        List<PostHistory> out = new ArrayList<>();
        for (PostKind post : KEY_POSTS) {
            List<ViewContext.Held> held = tenures(u, post);
            if (held.isEmpty()) continue;
            List<HolderPeriod> holders = held.stream()
                    .map(h -> new HolderPeriod(ctx.cadreLink(h.cadre().id()),
                            ViewContext.period(h.tenure().from(), h.tenure().to(), h.tenure().heldOn())))
                    .toList();
            out.add(new PostHistory(ctx.post(held.get(0).tenure()), holders));
        }
        return out;
    }

    private List<Link> programmes(Unit u) {
        return ctx.data().programmes().stream()
                .filter(p -> (p.scope() != null && ctx.units().within(u.id(), p.scope()))
                        || p.targets().stream().anyMatch(t -> u.id().equals(t.scope())))
                .map(p -> new Link(Paths.programme(p.id()), ProgrammePages.title(p)))
                .toList();
    }
}
