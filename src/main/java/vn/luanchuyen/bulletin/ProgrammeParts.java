package vn.luanchuyen.bulletin;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.luanchuyen.bulletin.BulletinView.ProgrammeItem;
import vn.luanchuyen.bulletin.BulletinView.ProgrammeRef;
import vn.luanchuyen.bulletin.BulletinView.ReviewItem;
import vn.luanchuyen.bulletin.BulletinView.TargetItem;
import vn.luanchuyen.bulletin.PeriodRecords.ReviewOf;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.model.Tenure;

/** Programmes in force, their targets (also those still ahead at the period's end) and their reviews. */
final class ProgrammeParts {
    private final DataIndex index;

    ProgrammeParts(DataIndex index) {
        this.index = index;
    }

    /** "Nghị quyết số 02", "Chủ trương". */
    static String name(Programme p) {
        return p.kind().label() + (p.number() == null ? "" : " số " + p.number());
    }

    /** How running text names a programme: its name, issuer ("Ban Chấp hành Đảng bộ huyện Tam Dương") and date ("năm 2017"). */
    static ProgrammeRef ref(DataIndex index, Programme p) {
        String issuer = p.issuerUnit() == null ? null : index.body(p.issuerUnit(), p.issuerBody());
        return new ProgrammeRef(name(p), issuer, DatePhrases.on(p.date()));
    }

    List<ProgrammeItem> programmes(List<Programme> programmes) {
        return programmes.stream().map(p -> new ProgrammeItem(ref(index, p), p.title(),
                DatePhrases.span(p.from(), p.to()), p.note(), p.targets().stream().map(t -> target(p, t)).toList())).toList();
    }

    static TargetItem target(Programme p, Target t) {
        Comparison c = t.comparison() == null ? Comparison.AT_LEAST : t.comparison();
        return new TargetItem(name(p), Labels.counted(t.indicator()), c.label(), Numbers.of(t.threshold()),
                t.indicator().measure() == Indicator.Measure.SHARE, DatePhrases.on(t.deadline()), t.note());
    }

    /** Targets whose deadline (or whose programme's end) comes after the period: what lies ahead. */
    List<TargetItem> ahead(List<Programme> programmes, PartialDate periodEnd) {
        return programmes.stream().flatMap(p -> p.targets().stream()
                        .filter(t -> after(t.deadline() != null ? t.deadline() : p.to(), periodEnd))
                        .map(t -> target(p, t.deadline() != null ? t
                                : new Target(t.indicator(), t.comparison(), t.threshold(), p.to(), t.scope(), t.note(), t.origin()))))
                .toList();
    }

    private static boolean after(PartialDate d, PartialDate periodEnd) {
        return d != null && d.latest().isAfter(periodEnd.latest());
    }

    List<ReviewItem> reviews(List<ReviewOf> reviews) {
        return reviews.stream().map(this::review).toList();
    }

    ReviewItem review(ReviewOf r) {
        Programme p = r.programme();
        Cadre chair = r.review().chair() == null ? null : index.cadre(r.review().chair());
        List<String> posts = chair == null ? List.of() : index.heldAround(chair, r.review().date()).stream()
                .sorted(Comparator.comparingInt((Tenure t) -> index.units().level(t.unit())))
                .map(index::post).distinct().toList();
        return new ReviewItem(ref(index, p), p.title(), r.review().title(), DatePhrases.on(r.review().date()),
                chair == null ? null : chair.name().full(), posts, r.review().note());
    }

    /** The first review of the period held on {@code date}, for a review bulletin. */
    static ReviewOf reviewOn(List<ReviewOf> reviews, PartialDate date) {
        return reviews.stream().filter(r -> Objects.equals(r.review().date(), date)).findFirst().orElse(null);
    }
}
