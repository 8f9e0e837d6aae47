package vn.luanchuyen.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.derive.HeadHoldings;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.render.BarChart;
import vn.luanchuyen.stats.Basis;
import vn.luanchuyen.stats.FigureValue;
import vn.luanchuyen.stats.TargetResult;
import vn.luanchuyen.stats.TargetState;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Pages.OverviewPage;
import vn.luanchuyen.view.Pages.OverviewRow;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ResultsPage;
import vn.luanchuyen.view.Rows.Chart;
import vn.luanchuyen.view.Rows.ChartRow;
import vn.luanchuyen.view.Rows.StatRow;

/**
 * "Thành tích": a page per unit with its figures (each saying whether it is counted from the
 * records or declared by a source, with the source), its targets and how they stand, and charts;
 * and an overview that puts the districts side by side. Everything is judged on the reference date.
 */
final class ResultPages {
    static final String OVERVIEW = "thanh-tich/";
    private final ViewContext ctx;
    private final TargetRows targetRows;
    private final AggregateRows aggregates;
    private final java.util.Map<String, List<TargetResult>> targetsByScope = new java.util.HashMap<>();
    /** Heads beyond two consecutive terms, found once for all pages. */
    private final List<HeadHoldings.Holding> overTwoTerms;

    ResultPages(ViewContext ctx) {
        this.ctx = ctx;
        this.targetRows = new TargetRows(ctx);
        this.aggregates = new AggregateRows(ctx);
        this.overTwoTerms = ctx.overTwoTerms();
        for (Programme p : ctx.data().programmes()) {
            ctx.targets().evaluate(p).forEach(r -> targetsByScope.computeIfAbsent(r.scope(), k -> new ArrayList<>()).add(r));
        }
    }

    static String path(String unit) {
        return Paths.unit(unit) + "thanh-tich/";
    }

    private String asOf() {
        return VietnameseDates.withWeekday(ctx.asOf());
    }

    List<TargetResult> targetsOf(String unit) {
        return targetsByScope.getOrDefault(unit, List.of());
    }

    Page page(Unit u) {
        String name = MoveRows.capitalise(PostNames.unit(u));
        Set<String> sources = new LinkedHashSet<>();
        List<StatRow> figures = new ArrayList<>();
        int moves = ctx.moveStats().in(u.id()).size();
        figures.add(counted("Lượt điều động, luân chuyển trong hồ sơ", moves));
        Map<Direction, Long> byDirection = ctx.moveStats().byDirection(u.id());
        byDirection.forEach((d, n) -> {
            if (n > 0) figures.add(counted("Trong đó, hướng " + d.label(), n));
        });
        for (Indicator share : List.of(Indicator.NON_LOCAL_BI_THU, Indicator.NON_LOCAL_CHU_TICH_UBND)) {
            ctx.figures().asOf(u.id(), share, ctx.asOf()).ifPresent(v -> figures.add(stat(share, v, sources)));
        }
        ctx.data().figures().stream().filter(f -> u.id().equals(f.unit()))
                .filter(f -> f.indicator() != Indicator.NON_LOCAL_BI_THU && f.indicator() != Indicator.NON_LOCAL_CHU_TICH_UBND)
                .sorted(Comparator.comparing(f -> f.id()))
                .forEach(f -> figures.add(stat(f.indicator(), FigureValue.declared(f), sources)));
        long overTwo = overTwoTerms.stream().filter(h -> ctx.units().within(h.first().unit(), u.id())).count();
        figures.add(counted("Người đứng đầu giữ một chức vụ quá hai nhiệm kỳ liên tiếp", overTwo));
        evaluations(u, figures, sources);
        List<TargetResult> targets = targetsOf(u.id());
        targets.forEach(r -> {
            if (r.actual() != null) sources.addAll(r.actual().sources());
        });
        var page = new ResultsPage(name, ctx.unitLink(u.id()), asOf(), figures, targetRows.of(targets), charts(u, targets),
                aggregates.trainings(u.id(), sources), aggregates.achievements(u.id(), sources), ctx.sources(sources));
        PageMeta meta = PageMeta.of("Thành tích: " + name, "Số liệu, chỉ tiêu và kết quả công tác cán bộ ở " + name + ".",
                path(u.id()), "website", "");
        return new Page(path(u.id()), "results.ftl", meta, page, files(u, targets));
    }

    /**
     * The unit, the units of the moves counted, the cadres within it (whose posts and hometowns the
     * shares of non-local heads are worked out from, whether or not they came by a move, and among
     * them the cadres of those moves: {@link ViewContext#cadresWithin}), the records within it that
     * the page sums up, and the programmes of its targets.
     */
    private List<String> files(Unit u, List<TargetResult> targets) {
        RecordFiles files = new RecordFiles(ctx.units()).unit(u.id()).unitsOf(ctx.moveStats().in(u.id()));
        ctx.cadresWithin(u.id()).forEach(id -> ctx.cadre(id).ifPresent(c -> files.origin(c.origin())));
        // the figures of the units within it too, not only those it shows
        ctx.data().figures().stream().filter(f -> ctx.units().within(f.unit(), u.id())).forEach(f -> files.origin(f.origin()));
        aggregates.files(u.id(), files);
        targets.forEach(r -> files.origin(r.programme().origin()));
        return files.list();
    }

    private static StatRow counted(String label, long n) {
        return new StatRow(label, VietnameseNumbers.of(n), Basis.RECORDS.label(), "", List.of(), null);
    }

    private StatRow stat(Indicator indicator, FigureValue v, Set<String> sources) {
        sources.addAll(v.sources());
        return new StatRow(MoveRows.capitalise(indicator.label()), FigureTexts.value(v), v.basis().label(),
                AggregateRows.period(v.from(), v.to()), ctx.sources(v.sources()), v.note());
    }

    private void evaluations(Unit u, List<StatRow> rows, Set<String> sources) {
        ctx.data().evaluations().stream().filter(e -> ctx.units().within(e.unit(), u.id())).map(Evaluation::month).distinct()
                .sorted().forEach(month -> {
                    ctx.figures().evaluated(u.id(), month, false).ifPresent(v -> rows.add(stat(Indicator.CADRES_EVALUATED, v, sources)));
                    ctx.figures().evaluated(u.id(), month, true)
                            .ifPresent(v -> rows.add(stat(Indicator.CADRES_RATED_GOOD_OR_BETTER, v, sources)));
                });
    }

    private List<Chart> charts(Unit u, List<TargetResult> targets) {
        List<Chart> charts = new ArrayList<>();
        Map<Integer, Long> perYear = ctx.moveStats().byYear(u.id(), m -> true);
        if (!perYear.isEmpty()) {
            List<BarChart.Bar> bars = new ArrayList<>();
            List<ChartRow> rows = new ArrayList<>();
            perYear.forEach((year, n) -> {
                bars.add(new BarChart.Bar("Năm " + year, n, VietnameseNumbers.of(n)));
                rows.add(new ChartRow("Năm " + year, VietnameseNumbers.of(n)));
            });
            String caption = "Lượt điều động, luân chuyển theo năm (theo hồ sơ)";
            charts.add(new Chart(BarChart.svg("luot-theo-nam", caption, "Số lượt mỗi năm ở " + PostNames.unit(u) + ".", bars,
                    null, null), caption, rows));
        }
        int i = 0;
        for (TargetResult r : targets) {
            i++;
            if (r.target().threshold() == null || r.actual() == null || r.target().perYear()) continue;
            BigDecimal measured = r.target().indicator().measure() == Indicator.Measure.SHARE ? r.actual().percentage() : r.actual().value();
            if (measured == null) continue;
            boolean share = r.target().indicator().measure() == Indicator.Measure.SHARE;
            String value = share ? VietnameseNumbers.percent(measured) : VietnameseNumbers.of(measured);
            String goal = ProgrammePages.goal(r.target());
            String caption = MoveRows.capitalise(r.target().indicator().label()) + ": kết quả so với chỉ tiêu";
            String colour = r.state() == TargetState.MET ? "#1f5f3a" : "#8b1a1a";
            charts.add(new Chart(BarChart.svg("chi-tieu-" + i, caption, "Kết quả " + value + ", chỉ tiêu " + goal + ".",
                    List.of(new BarChart.Bar("Kết quả", measured.doubleValue(), value, colour)), r.target().threshold().doubleValue(),
                    "Chỉ tiêu: " + goal), caption, List.of(new ChartRow("Kết quả", value), new ChartRow("Chỉ tiêu", goal),
                    new ChartRow("Tình trạng", r.state().label()))));
        }
        return charts;
    }

    Page overview() {
        List<Unit> districts = ctx.data().units().stream().filter(u -> ctx.units().level(u.id()) == 2)
                .sorted(Comparator.comparing(Unit::name, VietnameseCollation.comparator())).toList();
        List<OverviewRow> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<ChartRow> chartRows = new ArrayList<>();
        for (Unit d : districts) {
            int moves = ctx.moveStats().in(d.id()).size();
            long down = ctx.moveStats().byDirection(d.id()).get(Direction.DOWN);
            List<TargetResult> targets = targetsOf(d.id());
            long judged = targets.stream().filter(t -> t.state() != TargetState.NO_THRESHOLD && t.state() != TargetState.UNKNOWN).count();
            long met = targets.stream().filter(t -> t.state() == TargetState.MET).count();
            String declared = String.join("; ", ctx.figures().declared(d.id(), Indicator.MOVES).stream()
                    .map(v -> FigureTexts.value(v) + " (" + AggregateRows.period(v.from(), v.to()) + ")").toList());
            rows.add(new OverviewRow(ctx.unitLink(d.id()), new Link(path(d.id()), "Thành tích"), VietnameseNumbers.of(moves),
                    declared, VietnameseNumbers.of(down), share(d, Indicator.NON_LOCAL_BI_THU), share(d, Indicator.NON_LOCAL_CHU_TICH_UBND),
                    judged == 0 ? "" : met + "/" + judged + " đạt"));
            String label = MoveRows.capitalise(PostNames.unit(d));
            bars.add(new BarChart.Bar(label, moves, VietnameseNumbers.of(moves)));
            chartRows.add(new ChartRow(label, VietnameseNumbers.of(moves)));
        }
        String caption = "Lượt điều động, luân chuyển trong hồ sơ, theo huyện";
        Chart chart = new Chart(BarChart.svg("so-sanh", caption, "So sánh số lượt giữa các huyện, thành phố.", bars, null, null),
                caption, chartRows);
        PageMeta meta = PageMeta.of("Thành tích các huyện", "So sánh số liệu và chỉ tiêu công tác cán bộ giữa các huyện, thành phố.",
                OVERVIEW, "website", "");
        return new Page(OVERVIEW, "overview.ftl", meta, new OverviewPage(asOf(), rows, chart));
    }

    private String share(Unit d, Indicator indicator) {
        return ctx.figures().asOf(d.id(), indicator, ctx.asOf())
                .map(v -> FigureTexts.value(v) + (v.basis() == Basis.DECLARED ? " (nguồn công bố)" : " (theo hồ sơ)"))
                .orElse("");
    }
}
