package vn.luanchuyen.view;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.derive.CadresWithin;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.derive.LocalityResolver;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.stats.FigureResolver;
import vn.luanchuyen.stats.MoveStats;
import vn.luanchuyen.stats.ReferenceDate;
import vn.luanchuyen.stats.TargetEvaluator;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseDates;

/**
 * The published dataset with the indexes every page builder needs, built once: units, cadres,
 * sources and programmes by id, the derived moves, locality, and the articles that name each
 * cadre and unit. Also the small texts shared by pages (names of posts, periods, links).
 */
public final class ViewContext {
    private final Dataset data;
    private final UnitIndex units;
    private final LocalityResolver locality;
    private final List<Move> moves;
    private final Map<String, Cadre> cadres = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Programme> programmes = new HashMap<>();
    private final List<Article> articles;
    private final Map<String, List<Held>> heldInUnit = new HashMap<>();
    private final Map<String, List<Move>> movesOfCadre = new HashMap<>();
    private final Map<String, List<Unit>> childrenOf = new HashMap<>();
    private final CadresWithin cadresWithin;
    private final LocalDate asOf;
    private final FigureResolver figures;
    private final MoveStats moveStats;
    private final TargetEvaluator targets;
    private final Derived derived;

    /** A tenure with the cadre who held it. */
    public record Held(Cadre cadre, Tenure tenure) {
    }

    private final History history;

    private final List<Rows.BulletinRef> bulletins;
    private final Map<String, List<Rows.BulletinRef>> bulletinsByUnit = new HashMap<>();
    /** Each move's table row, made the first time a page shows it (a move shows in about six listings and on its cadre's and units' pages). */
    private final Map<SameMove, Rows.MoveRow> moveRows = new java.util.concurrent.ConcurrentHashMap<>();

    public ViewContext(Dataset data, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this(new Derived(data), articles, history, bulletins);
    }

    /** The view of data whose units' tree, moves and cadres within each unit the build has already worked out. */
    public ViewContext(Derived derived, List<Article> articles, History history, List<Rows.BulletinRef> bulletins) {
        this(derived, articles, history, bulletins, null);
    }

    /** @param previousFigures the figures of the last build of this process, or null: what still holds of them is kept */
    public ViewContext(Derived derived, List<Article> articles, History history, List<Rows.BulletinRef> bulletins,
                       FigureResolver previousFigures) {
        Dataset data = derived.data();
        this.data = data;
        this.derived = derived;
        this.history = history;
        this.bulletins = bulletins.stream().sorted(Comparator.comparing(Rows.BulletinRef::sortKey).reversed()
                .thenComparing(b -> b.link().href())).toList();
        this.units = derived.units();
        // the figures' shares go over every unit and post holder: worked out beside the indexes below
        java.util.concurrent.ForkJoinTask<FigureResolver> resolving = java.util.concurrent.ForkJoinPool.commonPool()
                .submit(() -> new FigureResolver(data, derived.units(), previousFigures));
        for (Rows.BulletinRef b : this.bulletins) {
            bulletinsByUnit.computeIfAbsent(b.unit(), k -> new ArrayList<>()).add(b);
            for (String a : units.ancestors(b.unit())) bulletinsByUnit.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
        }
        this.locality = new LocalityResolver(units);
        data.cadres().forEach(c -> cadres.put(c.id(), c));
        for (Cadre c : data.cadres()) {
            for (Tenure t : c.tenures()) heldInUnit.computeIfAbsent(t.unit(), k -> new ArrayList<>()).add(new Held(c, t));
        }
        this.cadresWithin = derived.cadresWithin();
        data.sources().forEach(s -> sources.put(s.id(), s));
        data.programmes().forEach(p -> programmes.put(p.id(), p));
        this.moves = derived.newestFirst();
        moves.forEach(m -> movesOfCadre.computeIfAbsent(m.cadre(), k -> new ArrayList<>()).add(m));
        for (Unit u : data.units()) {
            u.parents().stream().map(p -> p.unit()).filter(p -> p != null).distinct()
                    .forEach(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
        }
        this.asOf = ReferenceDate.of(data, derived.latestOfEachCadre());
        this.figures = resolving.join();
        this.moveStats = new MoveStats(derived.byScope(), units);
        this.targets = new TargetEvaluator(figures, moveStats, asOf);
        this.articles = articles.stream()
                .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::uri))
                .toList();
    }

    /** The date figures and targets are judged on (the latest the records speak of). */
    public LocalDate asOf() {
        return asOf;
    }

    /** Heads beyond two consecutive terms in one post ({@link Derived#overTwoTerms()}). */
    public List<vn.luanchuyen.derive.HeadHoldings.Holding> overTwoTerms() {
        return derived.overTwoTerms();
    }

    public FigureResolver figures() {
        return figures;
    }

    public MoveStats moveStats() {
        return moveStats;
    }

    public TargetEvaluator targets() {
        return targets;
    }

    /** The bulletins, newest period first. */
    public List<Rows.BulletinRef> bulletins() {
        return bulletins;
    }

    /** The bulletins about a unit or a unit within it, newest period first. */
    public List<Rows.BulletinRef> bulletinsAbout(String unit) {
        return bulletinsByUnit.getOrDefault(unit, List.of());
    }

    public History history() {
        return history;
    }

    /** A record's changes as its page lists them, newest first. */
    public List<Pages.HistoryRow> changesOf(String recordKind, String id) {
        return history.about(recordKind, id).stream().map(ViewContext::historyRow).toList();
    }

    static Pages.HistoryRow historyRow(RecordChange c) {
        ZonedDateTime when = c.commit().time().atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        return new Pages.HistoryRow(VietnameseDates.withWeekday(when.toLocalDate()), when.toLocalDate().toString(),
                c.commit().shortId(), c.commit().subject(), c.changes().stream().map(ViewContext::describe).toList());
    }

    /** "Thêm chức vụ: Bí thư Đảng ủy xã Cúc Đường (từ tháng 6/2020 đến nay)". */
    static String describe(Change c) {
        String text = MoveRows.capitalise(c.kind().label()) + ": " + c.subject();
        return c.detail() == null || c.detail().isEmpty() ? text : text + " (" + c.detail() + ")";
    }

    public Dataset data() {
        return data;
    }

    public UnitIndex units() {
        return units;
    }

    public LocalityResolver locality() {
        return locality;
    }

    /** All moves, newest first. */
    public List<Move> moves() {
        return moves;
    }

    /**
     * The table row of a move of this build's data, made by {@code make} once and kept for the
     * build (its pages run on every core: the map is concurrent, and a row made twice is the same).
     */
    Rows.MoveRow moveRow(Move m, java.util.function.Function<Move, Rows.MoveRow> make) {
        SameMove key = new SameMove(m);
        Rows.MoveRow row = moveRows.get(key);
        if (row == null) {
            row = make.apply(m);
            moveRows.putIfAbsent(key, row);
        }
        return row;
    }

    /** A move as a key by identity: the same object in every list of this build, and far quicker to hash than its content. */
    private record SameMove(Move move) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameMove other && other.move == move;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(move);
        }
    }

    public List<Article> articles() {
        return articles;
    }

    /** A cadre's moves, newest first. */
    public List<Move> movesOf(String cadre) {
        return movesOfCadre.getOrDefault(cadre, List.of());
    }

    /** The units that have had {@code unit} as a parent at any time, in file order. */
    public List<Unit> childrenOf(String unit) {
        return childrenOf.getOrDefault(unit, List.of());
    }

    /** Every tenure held in a unit, with its holder. */
    public List<Held> heldIn(String unit) {
        return heldInUnit.getOrDefault(unit, List.of());
    }

    /** The cadres who held a post in the unit or a unit within it ({@link CadresWithin}). */
    public List<String> cadresWithin(String unit) {
        return cadresWithin.of(unit);
    }

    public Optional<Cadre> cadre(String id) {
        return Optional.ofNullable(id == null ? null : cadres.get(id));
    }

    public Optional<Programme> programme(String id) {
        return Optional.ofNullable(programmes.get(id));
    }

    public Optional<Unit> unit(String id) {
        return units.get(id);
    }

    public Link unitLink(String id) {
        return unit(id).map(u -> new Link(Paths.unit(u.id()), PostNames.unit(u))).orElse(null);
    }

    public Link cadreLink(String id) {
        return cadre(id).map(c -> new Link(Paths.cadre(c.id()), c.name().full())).orElse(null);
    }

    /** "Bí thư Đảng ủy xã Cúc Đường". */
    public String post(Tenure t) {
        return unit(t.unit()).map(u -> PostNames.post(t, u)).orElse(t.post().label());
    }

    /** "từ tháng 3/2020 đến tháng 6/2020", "từ năm 2021", "(theo nguồn, 04/07/2022)". */
    public static String period(PartialDate from, PartialDate to, PartialDate heldOn) {
        List<String> parts = new ArrayList<>();
        if (from != null) parts.add("từ " + VietnameseDates.of(from));
        if (to != null) parts.add("đến " + VietnameseDates.of(to));
        if (from != null && to == null) parts.add("đến nay");
        if (heldOn != null && from == null && to == null) parts.add("đương nhiệm " + VietnameseDates.of(heldOn));
        return String.join(" ", parts);
    }

    /** "từ năm 2020 đến năm 2021", "năm 2022". */
    public static String periodText(PartialDate from, PartialDate to) {
        return AggregateRows.period(from, to);
    }

    public List<Rows.SourceRef> sources(Iterable<String> ids) {
        Set<String> unique = new LinkedHashSet<>();
        ids.forEach(unique::add);
        List<Rows.SourceRef> out = new ArrayList<>();
        for (String id : unique) {
            Source s = sources.get(id);
            if (s != null) out.add(new Rows.SourceRef(id, sourceLabel(s), new Link(Paths.source(id), s.title())));
        }
        return out;
    }

    /** "Báo Thái Nguyên, 04/07/2022, Xuân Hùng". */
    public static String sourceLabel(Source s) {
        StringBuilder b = new StringBuilder(s.publication());
        if (s.date() != null) b.append(", ").append(VietnameseDates.of(s.date()));
        if (s.author() != null) b.append(", ").append(s.author());
        return b.toString();
    }

    /** The article references that name a cadre or a unit. */
    public List<Rows.ArticleRef> articlesAbout(String cadre, String unit) {
        return articles.stream()
                .filter(a -> (cadre != null && a.cadres().contains(cadre)) || (unit != null && a.units().contains(unit)))
                .map(ViewContext::articleRef)
                .toList();
    }

    public static Rows.ArticleRef articleRef(Article a) {
        return new Rows.ArticleRef(new Link(a.uri(), a.title()), VietnameseDates.withWeekday(a.date()), a.date().toString(),
                a.summary());
    }
}
