package vn.luanchuyen.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.luanchuyen.bulletin.BulletinView.EvaluationPart;
import vn.luanchuyen.bulletin.BulletinView.FigureItem;
import vn.luanchuyen.bulletin.BulletinView.RatingCountView;
import vn.luanchuyen.bulletin.BulletinView.RatingView;
import vn.luanchuyen.bulletin.BulletinView.ResultGroup;
import vn.luanchuyen.bulletin.BulletinView.ResultItem;
import vn.luanchuyen.bulletin.BulletinView.TrainingPart;
import vn.luanchuyen.bulletin.BulletinView.TrainingRow;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.RatingCount;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.VietnameseNumbers;

/** Achievements, training, evaluations and declared figures of a period, ready to print. */
final class ResultParts {
    private final DataIndex index;
    private final String unit;

    ResultParts(DataIndex index, String unit) {
        this.index = index;
        this.unit = unit;
    }

    /** Achievements by unit, in order of first appearance, each with the cadre who led the unit then. */
    List<ResultGroup> results(List<Achievement> achievements) {
        Map<String, List<Achievement>> byUnit = new LinkedHashMap<>();
        achievements.forEach(a -> byUnit.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(a));
        List<ResultGroup> out = new ArrayList<>();
        byUnit.forEach((u, list) -> {
            Achievement first = list.get(0);
            Cadre leader = first.cadre() == null ? null : index.cadre(first.cadre());
            Tenure post = leader == null ? null : index.heldAround(leader, RecordDates.of(first)).stream()
                    .filter(t -> t.unit().equals(u) && t.post().isKey()).findFirst().orElse(null);
            out.add(new ResultGroup(index.unitName(u), leader == null ? null : leader.name().full(),
                    post == null ? null : shortPost(post), list.stream().map(this::item).toList()));
        });
        return out;
    }

    private ResultItem item(Achievement a) {
        String value = null;
        if (a.value() != null && a.of() != null) value = Numbers.of(a.value()) + "/" + Numbers.of(a.of());
        else if (a.value() != null) value = Numbers.of(a.value());
        if (value != null && a.measure() != null) value += "%".equals(a.measure()) ? "%" : " " + a.measure();
        String status = a.status() == null ? "dat" : a.status().id();
        return new ResultItem(status, a.title(), value, DatePhrases.span(a.from(), a.to()));
    }

    /** "Bí thư Đảng ủy phường", "Chủ tịch UBND phường": the post without the unit's name. */
    private String shortPost(Tenure t) {
        Unit u = index.unit(t.unit()).orElseThrow();
        boolean party = t.post() == PostKind.BI_THU || t.post() == PostKind.PHO_BI_THU || t.post() == PostKind.PHO_BI_THU_THUONG_TRUC;
        return t.post().label() + " " + (party ? u.type().partyCommittee() : u.type().label());
    }

    TrainingPart training(List<Training> trainings) {
        if (trainings.isEmpty()) return null;
        Training first = trainings.get(0);
        boolean samePeriod = trainings.stream().allMatch(t -> Objects.equals(t.from(), first.from()) && Objects.equals(t.to(), first.to()));
        int learners = trainings.stream().map(Training::learners).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        List<TrainingRow> rows = trainings.stream().map(t -> new TrainingRow(t.kind().label(), Numbers.of(t.classes()),
                Numbers.of(t.learners()), t.organiser(), samePeriod ? null : DatePhrases.span(t.from(), t.to()), t.note())).toList();
        boolean oneUnit = trainings.stream().allMatch(t -> t.unit().equals(first.unit()));
        return new TrainingPart(index.unitName(oneUnit ? first.unit() : unit), samePeriod ? DatePhrases.span(first.from(), first.to()) : null,
                VietnameseNumbers.of(learners), rows);
    }

    List<EvaluationPart> evaluations(List<Evaluation> evaluations) {
        return evaluations.stream().map(e -> new EvaluationPart(index.unitName(e.unit()), DatePhrases.on(e.month()),
                Numbers.of(e.evaluated()), Numbers.of(e.groups()),
                e.counts().stream().sorted(Comparator.comparing(RatingCount::rating))
                        .map(c -> new RatingCountView(VietnameseNumbers.of(c.count()), c.rating().label(), c.orBetter())).toList(),
                e.basis().stream().map(index::programme).flatMap(java.util.Optional::stream)
                        .map(p -> ProgrammeParts.ref(index, p)).toList(),
                e.ratings().stream().map(r -> new RatingView(index.cadre(r.cadre()) == null ? r.cadre()
                        : index.cadre(r.cadre()).name().full(), r.rating().label())).toList()))
                .toList();
    }

    List<FigureItem> figures(List<Figure> figures) {
        return figures.stream().map(f -> new FigureItem(Labels.capitalised(f.indicator().label()), Numbers.figure(f),
                Numbers.change(f), f.change() != null && f.change().signum() >= 0, DatePhrases.span(f.from(), f.to()),
                f.unit().equals(unit) ? null : index.unitName(f.unit()), f.note())).toList();
    }
}
