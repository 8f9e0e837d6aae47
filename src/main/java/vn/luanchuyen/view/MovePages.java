package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.view.Pages.MovesPage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Rows.Pagination;

/**
 * All moves, newest first, in pages of {@link #PER_PAGE}, and the same lists filtered by year,
 * by kind, by direction and by district, each with the links to all the others.
 */
final class MovePages {
    static final int PER_PAGE = 50;
    private final ViewContext ctx;
    private final MoveRows rows;

    MovePages(ViewContext ctx) {
        this.ctx = ctx;
        this.rows = new MoveRows(ctx);
    }

    private record Listing(String path, String heading, List<Move> moves) {
    }

    private List<Move> where(Predicate<Move> filter) {
        return ctx.moves().stream().filter(filter).toList();
    }

    /** One task per page of every listing; the listings are chosen now, the rows made when a task runs. */
    List<PageTask> tasks() {
        List<Listing> listings = new ArrayList<>();
        listings.add(new Listing(Paths.MOVES, "Tất cả các lượt điều động, luân chuyển", ctx.moves()));
        years().forEach((year, path) -> listings.add(new Listing(path, "Điều động, luân chuyển năm " + year,
                where(m -> m.date() != null && m.date().year() == year))));
        for (StartKind k : kinds()) {
            listings.add(new Listing(kindPath(k), MoveRows.capitalise(k.label()), where(m -> m.kind() == k)));
        }
        for (Direction d : Direction.values()) {
            listings.add(new Listing(directionPath(d), "Hướng: " + d.label(), where(m -> m.direction() == d)));
        }
        for (Unit district : districts()) {
            listings.add(new Listing(districtPath(district), "Điều động, luân chuyển ở " + PostNames.unit(district),
                    ctx.moveStats().in(district.id())));
        }
        List<Link> years = years().entrySet().stream().map(e -> new Link(e.getValue(), String.valueOf(e.getKey()))).toList();
        List<Link> kinds = kinds().stream().map(k -> new Link(kindPath(k), MoveRows.capitalise(k.label()))).toList();
        List<Link> directions = java.util.Arrays.stream(Direction.values())
                .map(d -> new Link(directionPath(d), MoveRows.capitalise(d.label()))).toList();
        List<Link> districts = districts().stream().map(u -> new Link(districtPath(u), PostNames.unit(u))).toList();
        List<PageTask> out = new ArrayList<>();
        for (Listing l : listings) {
            List<Move> moves = l.moves;
            int pages = Math.max(1, (moves.size() + PER_PAGE - 1) / PER_PAGE);
            for (int i = 1; i <= pages; i++) {
                int number = i;
                out.add(PageTask.one(() -> {
                    String path = pagePath(l.path, number);
                    List<Move> slice = moves.subList((number - 1) * PER_PAGE, Math.min(moves.size(), number * PER_PAGE));
                    String title = l.heading + (pages > 1 ? " (trang " + number + "/" + pages + ")" : "");
                    PageMeta meta = PageMeta.of(title, moves.size() + " lượt. " + l.heading + ".", path, "website", "");
                    return new Page(path, "moves.ftl", meta, new MovesPage(l.heading, rows.of(slice),
                            pagination(l.path, number, pages), years, kinds, directions, districts));
                }));
            }
        }
        return out;
    }

    private Map<Integer, String> years() {
        Map<Integer, String> years = new TreeMap<>(Comparator.reverseOrder());
        ctx.moves().stream().filter(m -> m.date() != null)
                .forEach(m -> years.put(m.date().year(), Paths.MOVES + "nam-" + m.date().year() + "/"));
        return years;
    }

    private List<StartKind> kinds() {
        return java.util.Arrays.stream(StartKind.values()).filter(StartKind::isMove).toList();
    }

    private List<Unit> districts() {
        return ctx.data().units().stream()
                .filter(u -> ctx.units().level(u.id()) == 2)
                .filter(u -> !ctx.moveStats().in(u.id()).isEmpty())
                .sorted(Comparator.comparing(Unit::name, VietnameseCollation.comparator()))
                .toList();
    }

    private static String kindPath(StartKind k) {
        return Paths.MOVES + "hinh-thuc/" + k.id() + "/";
    }

    static String directionPath(Direction d) {
        return Paths.MOVES + "huong/" + vn.luanchuyen.text.Fold.slug(d.label()) + "/";
    }

    private static String districtPath(Unit u) {
        return Paths.MOVES + "don-vi/" + u.id() + "/";
    }

    private static String pagePath(String base, int page) {
        return page == 1 ? base : base + "trang-" + page + "/";
    }

    private static Pagination pagination(String base, int page, int pages) {
        List<Link> all = new ArrayList<>();
        for (int i = 1; i <= pages; i++) all.add(new Link(pagePath(base, i), String.valueOf(i)));
        return new Pagination(page, pages, page > 1 ? all.get(page - 2) : null, page < pages ? all.get(page) : null, all);
    }
}
