package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.luanchuyen.derive.RecordFiles;
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
    /** What both the tasks and {@link #summary()} take from all moves, worked out once. */
    private final Map<Integer, List<Move>> byYear;
    private final Map<Integer, String> years;
    private final Map<String, List<Link>> places;
    private final List<Unit> listed;

    MovePages(ViewContext ctx) {
        this.ctx = ctx;
        this.rows = new MoveRows(ctx);
        this.byYear = by(m -> m.date() == null ? null : m.date().year());
        this.years = years(byYear);
        this.places = placesByProvince();
        this.listed = listedUnits();
    }

    /** One listing: all moves, or those of a year, kind, direction or place ({@code unit}, else null). */
    private record Listing(String path, String heading, List<Move> moves, String unit) {
        Listing(String path, String heading, List<Move> moves) {
            this(path, heading, moves, null);
        }
    }

    /** The moves by a property of theirs, each list in the order of all moves; one pass over them. */
    private <K> Map<K, List<Move>> by(java.util.function.Function<Move, K> property) {
        Map<K, List<Move>> out = new java.util.HashMap<>();
        for (Move m : ctx.moves()) {
            K k = property.apply(m);
            if (k != null) out.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** One task per page of every listing; the listings are chosen now, the rows made when a task runs. */
    List<PageTask> tasks() {
        List<Listing> listings = new ArrayList<>();
        listings.add(new Listing(Paths.MOVES, "Tất cả các lượt điều động, luân chuyển", ctx.moves()));
        Map<StartKind, List<Move>> byKind = by(Move::kind);
        Map<Direction, List<Move>> byDirection = by(Move::direction);
        years.forEach((year, path) -> listings.add(new Listing(path, "Điều động, luân chuyển năm " + year, byYear.get(year))));
        for (StartKind k : kinds()) {
            listings.add(new Listing(kindPath(k), MoveRows.capitalise(k.label()), byKind.getOrDefault(k, List.of())));
        }
        for (Direction d : Direction.values()) {
            listings.add(new Listing(directionPath(d), "Hướng: " + d.label(), byDirection.getOrDefault(d, List.of())));
        }
        for (Unit unit : listed) {
            listings.add(new Listing(unitPath(unit.id()), "Điều động, luân chuyển ở " + PostNames.unit(unit),
                    ctx.moveStats().in(unit.id()), unit.id()));
        }
        List<Link> yearLinks = years.entrySet().stream().map(e -> new Link(e.getValue(), String.valueOf(e.getKey()))).toList();
        List<Link> kinds = kinds().stream().map(k -> new Link(kindPath(k), MoveRows.capitalise(k.label()))).toList();
        List<Link> directions = java.util.Arrays.stream(Direction.values())
                .map(d -> new Link(directionPath(d), MoveRows.capitalise(d.label()))).toList();
        List<PageTask> out = new ArrayList<>();
        for (Listing l : listings) {
            List<Move> moves = l.moves;
            int pages = Math.max(1, (moves.size() + PER_PAGE - 1) / PER_PAGE);
            for (int i = 1; i <= pages; i++) {
                int number = i;
                String path = pagePath(l.path, number);
                List<Move> slice = moves.subList((number - 1) * PER_PAGE, Math.min(moves.size(), number * PER_PAGE));
                // a page shows its slice of the listing and the listing's length (in its description and page count):
                // a move added or gone elsewhere in the listing changes the other pages only when it shifts their slices
                PageTask.Inputs inputs = new PageTask.Inputs("moves " + path + " of " + moves.size(), cadres(slice), slice);
                out.add(PageTask.one(inputs, () -> {
                    String title = l.heading + (pages > 1 ? " (trang " + number + "/" + pages + ")" : "");
                    PageMeta meta = PageMeta.of(title, moves.size() + " lượt. " + l.heading + ".", path, "website", "");
                    return new Page(path, "moves.ftl", meta, new MovesPage(l.heading, rows.of(slice),
                            pagination(l.path, number, pages), yearLinks, kinds, directions, places.getOrDefault(placeKey(l.unit), List.of())),
                            new RecordFiles(ctx.units()).unit(l.unit).moves(slice).list());
                }));
            }
        }
        return out;
    }

    /**
     * What every listing page takes from all moves, besides its own listing: the years with moves,
     * the places to filter by, and the units with a listing of their own (a unit's page links to it).
     */
    List<Object> summary() {
        return List.of(years, places, listed.stream().map(Unit::id).toList());
    }

    /**
     * The cadres of a page's moves, in the order of the moves, a cadre who moved twice named twice:
     * a view the task's key reads, made for every page of every listing on every build (28,000
     * nationally), where making each list without repeats cost a rebuild 5% of its processor time.
     */
    private static List<String> cadres(List<Move> slice) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return slice.get(index).cadre();
            }

            @Override
            public int size() {
                return slice.size();
            }
        };
    }

    /** The years with moves, newest first, each with its listing's path. */
    private static Map<Integer, String> years(Map<Integer, List<Move>> byYear) {
        Map<Integer, String> years = new TreeMap<>(Comparator.reverseOrder());
        byYear.keySet().forEach(year -> years.put(year, Paths.MOVES + "nam-" + year + "/"));
        return years;
    }

    private List<StartKind> kinds() {
        return java.util.Arrays.stream(StartKind.values()).filter(StartKind::isMove).toList();
    }

    /**
     * Which places a listing filters by: the provinces on the listings of all moves, of a year, a
     * kind or a direction; on a place's listing, its province and that province's districts. A
     * national dataset has hundreds of districts: listing them all on every page of every listing
     * made the listings grow with the square of the data.
     */
    private String placeKey(String unit) {
        if (unit == null) return "";
        String province = province(unit);
        return province == null ? "" : province;
    }

    /** The place filters by {@link #placeKey}: "" the provinces, a province's id that province and its districts. */
    private Map<String, List<Link>> placesByProvince() {
        Map<String, List<Link>> places = new HashMap<>();
        List<Unit> provinces = withMoves(1);
        List<Unit> districts = withMoves(2);
        places.put("", links(provinces.stream()));
        for (Unit province : provinces) {
            List<Link> here = new ArrayList<>(links(Stream.of(province)));
            here.addAll(links(districts.stream().filter(d -> ctx.units().within(d.id(), province.id()))));
            places.put(province.id(), List.copyOf(here));
        }
        return places;
    }

    /** The level-1 unit a unit lies in (itself at level 1); null for trung ương. */
    private String province(String unit) {
        return ctx.units().level(unit) == 1 ? unit : ctx.units().ancestorAt(unit, 1).orElse(null);
    }

    private List<Unit> withMoves(int level) {
        return ctx.data().units().stream()
                .filter(u -> ctx.units().level(u.id()) == level)
                .filter(u -> !ctx.moveStats().in(u.id()).isEmpty())
                .toList();
    }

    private static List<Link> links(Stream<Unit> units) {
        Comparator<String> vi = VietnameseCollation.comparator();
        return units.sorted(Comparator.comparing(Unit::name, vi)).map(u -> new Link(unitPath(u.id()), PostNames.unit(u))).toList();
    }

    private static String kindPath(StartKind k) {
        return Paths.MOVES + "hinh-thuc/" + k.id() + "/";
    }

    static String directionPath(Direction d) {
        return Paths.MOVES + "huong/" + vn.luanchuyen.text.Fold.slug(d.label()) + "/";
    }

    /**
     * The units with a listing of their own: every province and district with moves (the
     * listings' filter by place), and every other unit below trung ương with more moves than its
     * page shows.
     */
    private List<Unit> listedUnits() {
        return ctx.data().units().stream()
                .filter(u -> {
                    int level = ctx.units().level(u.id());
                    int moves = ctx.moveStats().in(u.id()).size();
                    return (level == 1 || level == 2) && moves > 0 || level > 2 && moves > UnitPages.MOVES_SHOWN;
                })
                .toList();
    }

    /** Where all the moves of a unit are listed, when its page cannot show them all: trung ương's are all moves. */
    static String listingOf(ViewContext ctx, String unit) {
        return ctx.units().level(unit) == 0 ? Paths.MOVES : unitPath(unit);
    }

    private static String unitPath(String unit) {
        return Paths.MOVES + "don-vi/" + unit + "/";
    }

    private static String pagePath(String base, int page) {
        return page == 1 ? base : base + "trang-" + page + "/";
    }

    /** Pages on either side of this one that the pagination links to, besides the first and the last. */
    static final int NEAR = 2;
    private static final Link GAP = new Link("", "…");

    static Pagination pagination(String base, int page, int pages) {
        List<Link> shown = new ArrayList<>();
        int last = 0;
        for (int i = 1; i <= pages; i++) {
            if (i != 1 && i != pages && Math.abs(i - page) > NEAR) continue;
            if (i > last + 1) shown.add(GAP);
            shown.add(pageLink(base, i));
            last = i;
        }
        return new Pagination(page, pages, page > 1 ? pageLink(base, page - 1) : null, page < pages ? pageLink(base, page + 1) : null,
                shown);
    }

    private static Link pageLink(String base, int page) {
        return new Link(pagePath(base, page), String.valueOf(page));
    }
}
