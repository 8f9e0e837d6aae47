package vn.luanchuyen.view;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.RatingCount;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.stats.FigureValue;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Rows.AchievementRow;
import vn.luanchuyen.view.Rows.EvaluationRow;
import vn.luanchuyen.view.Rows.FigureRow;
import vn.luanchuyen.view.Rows.TrainingRow;

/** Declared figures, achievements, training and evaluations of a unit and the units within it, as rows. */
final class AggregateRows {
    private final ViewContext ctx;

    AggregateRows(ViewContext ctx) {
        this.ctx = ctx;
    }

    private boolean in(String unit, String scope) {
        return ctx.units().within(unit, scope);
    }

    /**
     * Adds to {@code files} the files of the records these rows show for a unit: its own figures
     * ({@link #figures}) and the achievements, trainings and evaluations within it.
     */
    void files(String unit, vn.luanchuyen.derive.RecordFiles files) {
        ctx.data().figures().stream().filter(f -> unit.equals(f.unit())).forEach(f -> files.origin(f.origin()));
        ctx.data().achievements().stream().filter(a -> in(a.unit(), unit)).forEach(a -> files.origin(a.origin()));
        ctx.data().trainings().stream().filter(t -> in(t.unit(), unit)).forEach(t -> files.origin(t.origin()));
        ctx.data().evaluations().stream().filter(e -> in(e.unit(), unit)).forEach(e -> files.origin(e.origin()));
    }

    List<FigureRow> figures(String unit, Set<String> sources) {
        return ctx.data().figures().stream().filter(f -> unit.equals(f.unit()))
                .sorted(Comparator.comparing(Figure::id))
                .peek(f -> sources.addAll(f.sources()))
                .map(f -> new FigureRow(FigureTexts.value(FigureValue.declared(f)), f.indicator().label(), period(f.from(), f.to()), f.note(),
                        "Số liệu nguồn công bố", ctx.sources(f.sources())))
                .toList();
    }

    static String period(PartialDate from, PartialDate to) {
        if (from == null && to == null) return "";
        if (from == null) return "tính đến " + VietnameseDates.of(to);
        if (to == null) return "từ " + VietnameseDates.of(from);
        if (from.equals(to)) return VietnameseDates.of(from);
        return "từ " + VietnameseDates.of(from) + " đến " + VietnameseDates.of(to);
    }

    List<AchievementRow> achievements(String unit, Set<String> sources) {
        return ctx.data().achievements().stream().filter(a -> in(a.unit(), unit))
                .sorted(Comparator.comparing(Achievement::id))
                .peek(a -> sources.addAll(a.sources()))
                .map(a -> new AchievementRow(a.title(), achievementValue(a), period(a.from(), a.to()), a.status().label(),
                        a.cadre() == null ? null : ctx.cadreLink(a.cadre()), ctx.sources(a.sources())))
                .toList();
    }

    /** "13/13 chi bộ", "97 hộ", "100%". */
    static String achievementValue(Achievement a) {
        if (a.value() == null) return "";
        String measure = a.measure() == null ? "" : a.measure().equals("%") ? "%" : " " + a.measure();
        if (a.of() != null) return VietnameseNumbers.of(a.value()) + "/" + VietnameseNumbers.of(a.of()) + measure;
        return VietnameseNumbers.of(a.value()) + measure;
    }

    List<TrainingRow> trainings(String unit, Set<String> sources) {
        return ctx.data().trainings().stream().filter(t -> in(t.unit(), unit))
                .sorted(Comparator.comparing(Training::id))
                .peek(t -> sources.addAll(t.sources()))
                .map(t -> new TrainingRow(MoveRows.capitalise(t.kind().label()), count(t.classes()), count(t.learners()),
                        period(t.from(), t.to()), t.organiser()))
                .toList();
    }

    private static String count(Integer n) {
        return n == null ? "" : VietnameseNumbers.of(n);
    }

    List<EvaluationRow> evaluations(String unit, Set<String> sources) {
        return ctx.data().evaluations().stream().filter(e -> in(e.unit(), unit))
                .sorted(Comparator.comparing(Evaluation::id))
                .peek(e -> sources.addAll(e.sources()))
                .map(e -> new EvaluationRow(VietnameseDates.of(e.month()),
                        e.evaluated() == null ? "" : VietnameseNumbers.of(e.evaluated()),
                        e.counts().stream().map(AggregateRows::count).toList(),
                        e.ratings().stream().map(r -> ctx.cadre(r.cadre()).map(c -> c.name().full()).orElse(r.cadre())
                                + ": " + r.rating().label()).toList()))
                .toList();
    }

    private static String count(RatingCount c) {
        return VietnameseNumbers.of(c.count()) + " " + c.rating().label() + (c.orBetter() ? " trở lên" : "");
    }

    static String number(BigDecimal n) {
        return VietnameseNumbers.of(n);
    }
}
