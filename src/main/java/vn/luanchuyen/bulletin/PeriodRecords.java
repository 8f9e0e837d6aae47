package vn.luanchuyen.bulletin;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Review;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;

/**
 * The records of a unit (and the units within it) in a period: moves that reach or leave it,
 * figures, achievements, training and evaluations dated in the period, programmes in force for it
 * and the reviews of those programmes held in the period. Each list is in date order.
 */
record PeriodRecords(Unit unit, PartialDate from, PartialDate to, List<Move> moves, List<Figure> figures,
                     List<Achievement> achievements, List<Training> trainings, List<Evaluation> evaluations,
                     List<Programme> programmes, List<ReviewOf> reviews) {

    /** A review with the programme it reviews. */
    record ReviewOf(Programme programme, Review review) {
    }

    static PeriodRecords select(DataIndex index, Unit unit, PartialDate from, PartialDate to) {
        String id = unit.id();
        List<Move> moves = index.movesIn(id).stream()
                .filter(m -> RecordDates.within(m.date(), from, to))
                .toList();
        List<Figure> figures = index.data().figures().stream()
                .filter(f -> index.within(f.unit(), id) && RecordDates.within(RecordDates.of(f), from, to))
                .sorted(Comparator.comparing(RecordDates::of)).toList();
        List<Achievement> achievements = index.data().achievements().stream()
                .filter(a -> index.within(a.unit(), id) && RecordDates.within(RecordDates.of(a), from, to))
                .sorted(Comparator.comparing(RecordDates::of)).toList();
        List<Training> trainings = index.data().trainings().stream()
                .filter(t -> index.within(t.unit(), id) && RecordDates.within(RecordDates.of(t), from, to)).toList();
        List<Evaluation> evaluations = index.data().evaluations().stream()
                .filter(e -> index.within(e.unit(), id) && RecordDates.within(e.month(), from, to))
                .sorted(Comparator.comparing(Evaluation::month)).toList();
        Set<String> basis = evaluations.stream().flatMap(e -> e.basis().stream()).collect(Collectors.toSet());
        List<Programme> programmes = index.data().programmes().stream()
                .filter(p -> basis.contains(p.id()) || (concerns(index, p, id) && inForce(index, p, from, to)))
                .sorted(Comparator.comparing((Programme p) -> start(index, p), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Programme::id))
                .toList();
        List<ReviewOf> reviews = index.data().programmes().stream()
                .filter(p -> concerns(index, p, id))
                .flatMap(p -> p.reviews().stream().map(r -> new ReviewOf(p, r)))
                .filter(r -> RecordDates.within(r.review().date(), from, to))
                .sorted(Comparator.comparing((ReviewOf r) -> r.review().date())).toList();
        return new PeriodRecords(unit, from, to, moves, figures, achievements, trainings, evaluations, programmes, reviews);
    }

    /**
     * The data files of these records, sorted: the unit and the units above it, each move's cadre
     * and the units it left and joined, and every figure, achievement, training, evaluation and
     * programme in the period. The bulletin prints the commit that last changed one of them.
     */
    List<String> files(DataIndex index) {
        RecordFiles files = new RecordFiles(index.units()).unit(unit.id()).moves(moves);
        index.units().ancestors(unit.id()).forEach(files::unit);
        Stream.of(figures.stream().map(Figure::origin), achievements.stream().map(Achievement::origin),
                        trainings.stream().map(Training::origin), evaluations.stream().map(Evaluation::origin),
                        programmes.stream().map(Programme::origin), reviews.stream().map(r -> r.programme().origin()))
                .flatMap(s -> s).forEach(files::origin);
        return files.list();
    }

    /**
     * A programme concerns a unit when it applies to the unit, to a unit within it, or to a
     * province or district the unit lies in; nationwide documents only when a record cites them.
     */
    static boolean concerns(DataIndex index, Programme p, String unit) {
        String scope = p.scope() != null ? p.scope() : p.issuerUnit();
        if (scope == null) return false;
        return index.within(scope, unit) || (index.within(unit, scope) && index.units().level(scope) >= 1);
    }

    /** In force in the period: from its start (or issue, or first citing source) to its end (or last deadline, or last source). */
    static boolean inForce(DataIndex index, Programme p, PartialDate from, PartialDate to) {
        return RecordDates.meets(start(index, p), end(index, p), from, to);
    }

    static PartialDate start(DataIndex index, Programme p) {
        if (p.from() != null) return p.from();
        if (p.date() != null) return p.date();
        return sourceDates(index, p).min(Comparator.naturalOrder()).orElse(null);
    }

    static PartialDate end(DataIndex index, Programme p) {
        if (p.to() != null) return p.to();
        PartialDate deadline = p.targets().stream().map(Target::deadline).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (deadline != null) return deadline;
        return sourceDates(index, p).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Stream<PartialDate> sourceDates(DataIndex index, Programme p) {
        return p.sources().stream().map(index::source).flatMap(java.util.Optional::stream).map(Source::date)
                .filter(Objects::nonNull);
    }
}
