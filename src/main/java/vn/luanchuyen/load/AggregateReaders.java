package vn.luanchuyen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.AchievementStatus;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.IndividualRating;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.model.RatingCount;
import vn.luanchuyen.model.Training;

/** Readers of the records that hold aggregates: declared figures, achievements, training, evaluations. */
final class AggregateReaders {
    static final Set<String> FIGURE_FIELDS = Set.of("id", "indicator", "qualifier", "value", "of", "percent",
            "change", "change_qualifier", "unit", "from", "to", "note", "sources", "internal");
    static final Set<String> ACHIEVEMENT_FIELDS = Set.of("id", "unit", "cadre", "title", "value", "of", "measure",
            "status", "from", "to", "sources", "internal");
    static final Set<String> TRAINING_FIELDS = Set.of("id", "unit", "kind", "from", "to", "classes", "learners",
            "organiser", "note", "sources", "internal");
    static final Set<String> EVALUATION_FIELDS = Set.of("id", "unit", "month", "evaluated", "groups", "counts",
            "ratings", "basis", "sources", "internal");
    private static final Set<String> COUNT_FIELDS = Set.of("rating", "or_better", "count");
    private static final Set<String> RATING_FIELDS = Set.of("cadre", "rating");

    private AggregateReaders() {
    }

    static Figure figure(FileContext ctx, MappingReader r) {
        Qualifier q = r.term("qualifier", ctx.vocab().qualifiers());
        if (!r.has("value") && !r.has("percent")) r.missing("value");
        Qualifier cq = r.term("change_qualifier", ctx.vocab().qualifiers());
        return new Figure(r.requiredId("id"), r.requiredTerm("indicator", ctx.vocab().indicators()),
                q == null ? Qualifier.EXACT : q, r.decimal("value"), r.decimal("of"), r.decimal("percent"),
                r.decimal("change"), cq == null ? Qualifier.EXACT : cq, r.requiredId("unit"), r.date("from"), r.date("to"), r.text("note"),
                r.ids("sources"), r.visibility(FIGURE_FIELDS), r.origin());
    }

    static Achievement achievement(FileContext ctx, MappingReader r) {
        AchievementStatus status = r.term("status", ctx.vocab().achievementStatuses());
        return new Achievement(r.requiredId("id"), r.requiredId("unit"), r.id("cadre"), r.requiredText("title"),
                r.decimal("value"), r.decimal("of"), r.text("measure"), status == null ? AchievementStatus.DAT : status,
                r.date("from"), r.date("to"), r.ids("sources"), r.visibility(ACHIEVEMENT_FIELDS), r.origin());
    }

    static Training training(FileContext ctx, MappingReader r) {
        if (!r.has("learners") && !r.has("classes")) r.missing("learners");
        return new Training(r.requiredId("id"), r.requiredId("unit"), r.requiredTerm("kind", ctx.vocab().trainingKinds()),
                r.date("from"), r.date("to"), r.integer("classes"), r.integer("learners"), r.text("organiser"), r.text("note"),
                r.ids("sources"), r.visibility(TRAINING_FIELDS), r.origin());
    }

    static Evaluation evaluation(FileContext ctx, MappingReader r) {
        List<RatingCount> counts = new ArrayList<>();
        for (MappingReader c : r.mappings("counts", COUNT_FIELDS)) {
            Integer n = c.integer("count");
            if (n == null && !c.has("count")) c.missing("count");
            counts.add(new RatingCount(c.requiredTerm("rating", ctx.vocab().ratings()), c.bool("or_better", false),
                    n == null ? 0 : n, c.origin()));
        }
        List<IndividualRating> ratings = new ArrayList<>();
        for (MappingReader c : r.mappings("ratings", RATING_FIELDS)) {
            ratings.add(new IndividualRating(c.requiredId("cadre"), c.requiredTerm("rating", ctx.vocab().ratings()),
                    c.origin()));
        }
        Integer evaluated = r.integer("evaluated");
        if (!r.has("evaluated")) r.missing("evaluated");
        return new Evaluation(r.requiredId("id"), r.requiredId("unit"), r.requiredDate("month"),
                evaluated, r.integer("groups"), counts, ratings, r.ids("basis"),
                r.ids("sources"), r.visibility(EVALUATION_FIELDS), r.origin());
    }
}
