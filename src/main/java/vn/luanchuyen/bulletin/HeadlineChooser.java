package vn.luanchuyen.bulletin;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import vn.luanchuyen.bulletin.BulletinView.Headline;
import vn.luanchuyen.bulletin.BulletinView.Summary;
import vn.luanchuyen.bulletin.BulletinView.TrainingPart;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.RatingCount;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.text.VietnameseNumbers;

/**
 * Picks the figure a headline is built on, most telling first: for a review, the review (with the
 * moves it reported); a share set against its target; the moves on record; a declared number of
 * moves; an evaluation; training; a declared share; a declared count; a result. The template
 * turns the pick into a sentence.
 */
final class HeadlineChooser {
    private final DataIndex index;
    private final PeriodRecords period;

    HeadlineChooser(DataIndex index, PeriodRecords period) {
        this.index = index;
        this.period = period;
    }

    Headline choose(boolean review, Summary summary, TrainingPart training) {
        Optional<Figure> declaredMoves = period.figures().stream().filter(f -> f.indicator() == Indicator.MOVES)
                .max(Comparator.comparing(f -> f.value()));
        if (review) {
            return new Headline("review", declaredMoves.map(Numbers::figure).orElse(null), null, null, false,
                    declaredMoves.map(f -> DatePhrases.span(f.from(), f.to())).orElse(null), null);
        }
        for (Programme p : period.programmes()) {
            for (Target t : p.targets()) {
                if (t.threshold() == null || t.indicator().measure() != Indicator.Measure.SHARE) continue;
                Optional<Figure> f = period.figures().stream().filter(x -> x.indicator() == t.indicator() && Numbers.percent(x) != null)
                        .max(Comparator.comparing(RecordDates::of));
                if (f.isEmpty()) continue;
                BigDecimal pct = Numbers.percent(f.get());
                int c = pct.compareTo(t.threshold());
                boolean met = t.comparison() == Comparison.AT_MOST ? c <= 0 : c >= 0;
                return new Headline("share-target", VietnameseNumbers.percent(pct), Labels.counted(t.indicator()),
                        VietnameseNumbers.percent(t.threshold()), met, DatePhrases.span(f.get().from(), f.get().to()), null);
            }
        }
        if (summary.moves() > 0) return new Headline("moves", String.valueOf(summary.moves()), null, null, false, null, null);
        if (declaredMoves.isPresent()) {
            Figure f = declaredMoves.get();
            return new Headline("declared-moves", Numbers.figure(f), null, null, false, DatePhrases.span(f.from(), f.to()), null);
        }
        for (Evaluation e : period.evaluations()) {
            Optional<RatingCount> good = e.counts().stream().filter(RatingCount::orBetter).findFirst();
            if (good.isPresent() && e.evaluated() != null) {
                return new Headline("evaluation", good.get().count() + "/" + e.evaluated(),
                        good.get().rating().label(), null, false, DatePhrases.on(e.month()), index.unitName(e.unit()));
            }
        }
        if (training != null) return new Headline("training", training.learners(), null, null, false, training.period(), null);
        Optional<Figure> share = period.figures().stream().filter(f -> Numbers.percent(f) != null)
                .filter(f -> f.indicator().measure() == Indicator.Measure.SHARE)
                .max(Comparator.comparing(Numbers::percent));
        if (share.isPresent()) return figureHeadline("share", share.get());
        Optional<Figure> count = period.figures().stream().filter(f -> f.value() != null).findFirst();
        if (count.isPresent()) return figureHeadline("count", count.get());
        return period.achievements().stream().filter(a -> a.value() != null).findFirst()
                .map(a -> new Headline("result", Numbers.of(a.value()) + (a.of() == null ? "" : "/" + Numbers.of(a.of())),
                        a.title(), null, false, DatePhrases.span(a.from(), a.to()), index.unitName(a.unit())))
                .orElse(new Headline("none", null, null, null, false, null, null));
    }

    private Headline figureHeadline(String kind, Figure f) {
        String value = f.value() != null && f.of() != null
                ? Numbers.qualifier(f.qualifier()) + Numbers.of(f.value()) + "/" + Numbers.of(f.of()) : Numbers.figure(f);
        return new Headline(kind, value, Labels.counted(f.indicator()), null, false, DatePhrases.span(f.from(), f.to()), null);
    }

}
