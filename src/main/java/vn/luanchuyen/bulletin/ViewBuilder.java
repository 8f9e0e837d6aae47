package vn.luanchuyen.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.luanchuyen.bulletin.BulletinView.Box;
import vn.luanchuyen.bulletin.BulletinView.Headline;
import vn.luanchuyen.bulletin.BulletinView.Meta;
import vn.luanchuyen.bulletin.BulletinView.ReviewItem;
import vn.luanchuyen.bulletin.BulletinView.Scope;
import vn.luanchuyen.bulletin.BulletinView.Summary;
import vn.luanchuyen.bulletin.BulletinView.TrainingPart;
import vn.luanchuyen.bulletin.PeriodRecords.ReviewOf;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;

/** Builds the view of one bulletin from the records of its unit and period. */
final class ViewBuilder {
    private final DataIndex index;
    private final BulletinConfig config;
    private final DataVersion versions;
    private final boolean internal;

    ViewBuilder(DataIndex index, BulletinConfig config, DataVersion versions, boolean internal) {
        this.index = index;
        this.config = config;
        this.versions = versions;
        this.internal = internal;
    }

    /** The view, and the date it is dated (the period's last dated record, or the review). */
    record Built(BulletinView view, PartialDate dated, PeriodRecords records) {
    }

    Built build(BulletinSpec spec) {
        Unit unit = index.unit(spec.unit()).orElseThrow(() -> new BulletinException("không có đơn vị \"" + spec.unit() + "\" trong data/units"));
        PeriodRecords r = PeriodRecords.select(index, unit, spec.from(), spec.to());
        boolean review = BulletinSpec.PROGRAMME_REVIEW.equals(spec.kind());
        ReviewOf reviewed = review ? ProgrammeParts.reviewOn(r.reviews(), spec.to()) : null;
        ProgrammeParts programmes = new ProgrammeParts(index);
        ResultParts results = new ResultParts(index, unit.id());
        MoveParagraphs moves = new MoveParagraphs(index);
        TrainingPart training = results.training(r.trainings());
        Summary summary = summary(r, training);
        String years = reviewed == null ? null : years(spec.from(), spec.to());
        Headline headline = new HeadlineChooser(index, r).choose(review, summary, training);
        PartialDate dated = review ? spec.to() : dated(r, spec.to());
        Scope scope = scope(spec, unit, reviewed == null ? null : programmes.review(reviewed), years);
        BulletinView view = new BulletinView(meta(spec, scope, versions.of(r.files(index))), config.masthead(), scope, headline,
                DatePhrases.dateline(dated), summary, moves.groups(r.moves(), config.toldMoves()),
                results.results(r.achievements()), training, results.evaluations(r.evaluations()), results.figures(r.figures()),
                programmes.programmes(r.programmes()), programmes.reviews(r.reviews()),
                new Box(new TargetResults(index, r).rows(), new ChartBuilder(index, r).charts()), moves.rows(r.moves()),
                programmes.ahead(r.programmes(), spec.to()), new SourceList(index).of(r), List.of(), List.of());
        return new Built(view, dated, r);
    }

    private Scope scope(BulletinSpec spec, Unit unit, ReviewItem review, String years) {
        boolean oneYear = spec.from().equals(spec.to()) && spec.from().precision() == PartialDate.Precision.YEAR;
        String province = index.units().ancestorAt(unit.id(), 1).map(index::unitName).orElse(null);
        String label = oneYear ? DatePhrases.on(spec.from()) : DatePhrases.span(spec.from(), spec.to());
        return new Scope(spec.kind(), PostNames.unit(unit), unit.name(), province, label, oneYear ? "trong " + label : label,
                DatePhrases.on(spec.to()), review, years);
    }

    private Meta meta(BulletinSpec spec, Scope scope, String dataVersion) {
        List<String> keywords = new ArrayList<>(List.of("luân chuyển cán bộ", "điều động", scope.unitName()));
        if (scope.province() != null) keywords.add(scope.province());
        keywords.add(scope.periodLabel());
        String title = internal ? spec.title() + " (nội bộ)" : spec.title();
        return new Meta(title, config.byline(), "Bản tin " + config.section() + ": luân chuyển cán bộ ở " + scope.unitName() + ", "
                + scope.periodLabel(), String.join(", ", keywords), "vi", internal, dataVersion);
    }

    private Summary summary(PeriodRecords r, TrainingPart training) {
        List<Move> m = r.moves();
        return new Summary(m.size(), Math.min(m.size(), config.toldMoves()), count(m, Direction.DOWN), count(m, Direction.UP), count(m, Direction.LATERAL),
                count(m, Direction.UNKNOWN), r.figures().size(),
                r.achievements().size(), training == null ? null : training.learners(), r.evaluations().size(),
                r.programmes().size(), r.reviews().size());
    }

    private static int count(List<Move> moves, Direction d) {
        return (int) moves.stream().filter(x -> x.direction() == d).count();
    }

    /** The latest date of the period's records: the one that begins last ("24/11/2022" before "2022"), the more precise on a tie. */
    private static PartialDate dated(PeriodRecords r, PartialDate fallback) {
        return Stream.of(r.moves().stream().map(Move::date), r.figures().stream().map(RecordDates::of),
                        r.achievements().stream().map(RecordDates::of), r.trainings().stream().map(RecordDates::of),
                        r.evaluations().stream().map(RecordDates::of), r.reviews().stream().map(x -> x.review().date()))
                .flatMap(s -> s).filter(Objects::nonNull)
                .max(Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::latest, Comparator.reverseOrder()))
                .orElse(fallback);
    }

    /** Whole years from a programme's start to its review: "2". */
    private static String years(PartialDate from, PartialDate to) {
        int years = to.year() - from.year();
        return years > 0 ? String.valueOf(years) : null;
    }
}
