package vn.luanchuyen.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.luanchuyen.bulletin.BulletinView.Bar;
import vn.luanchuyen.bulletin.BulletinView.Chart;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.text.VietnameseNumbers;

/**
 * The bar charts of the figure box, each on one scale: shares (0–100%, with the targets set for
 * them), moves on record by direction (with per-year targets), declared counts, learners per kind
 * of class, and evaluation ratings. Geometry is computed here; the template only draws it.
 */
final class ChartBuilder {
    static final int WIDTH = 150;
    static final int HEIGHT = 9;
    private final DataIndex index;
    private final PeriodRecords period;

    ChartBuilder(DataIndex index, PeriodRecords period) {
        this.index = index;
        this.period = period;
    }

    /** A bar before it is scaled. */
    private record Raw(String label, BigDecimal value, String text, BigDecimal target, String targetText) {
    }

    List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        add(out, "shares", null, "%", shares(), BigDecimal.valueOf(100));
        add(out, "moves", null, "lượt", moves(), null);
        add(out, "declared", null, "", declared(), null);
        add(out, "training", null, "học viên", training(), null);
        for (Evaluation e : period.evaluations()) {
            if (e.evaluated() == null) continue;
            add(out, "ratings", index.unitName(e.unit()) + ", " + DatePhrases.on(e.month()), "cán bộ", ratings(e),
                    BigDecimal.valueOf(e.evaluated()));
        }
        return out;
    }

    private List<Raw> shares() {
        return period.figures().stream().filter(f -> f.indicator().measure() == Indicator.Measure.SHARE && Numbers.percent(f) != null)
                .map(f -> {
                    BigDecimal target = threshold(f.indicator());
                    String text = Numbers.qualifier(f.qualifier()) + VietnameseNumbers.percent(Numbers.percent(f))
                            + (f.value() != null && f.of() != null ? " (" + Numbers.of(f.value()) + "/" + Numbers.of(f.of()) + ")" : "");
                    return new Raw(label(f), Numbers.percent(f), text, target,
                            target == null ? null : VietnameseNumbers.percent(target));
                }).toList();
    }

    private List<Raw> moves() {
        boolean oneYear = period.from().year() == period.to().year();
        TargetResults counts = new TargetResults(index, period);
        List<Raw> out = new ArrayList<>();
        for (Direction d : Direction.values()) {
            Indicator perYear = d == Direction.DOWN ? Indicator.MOVES_DOWN_PER_YEAR : d == Direction.LATERAL ? Indicator.MOVES_LATERAL_PER_YEAR : null;
            BigDecimal target = oneYear && perYear != null ? threshold(perYear) : null;
            if (!TargetResults.any(period.moves(), d) && target == null) continue;
            int n = counts.count(d, false);
            out.add(new Raw(Labels.capitalised(d.label()), BigDecimal.valueOf(n), VietnameseNumbers.of(n), target,
                    target == null ? null : VietnameseNumbers.of(target)));
        }
        return out;
    }

    private List<Raw> declared() {
        return period.figures().stream().filter(f -> f.indicator().measure() != Indicator.Measure.SHARE && f.value() != null)
                .map(f -> new Raw(label(f) + (f.from() == null && f.to() == null ? "" : " (" + DatePhrases.span(f.from(), f.to()) + ")"),
                        f.value(), Numbers.figure(f), null, null)).toList();
    }

    private List<Raw> training() {
        return period.trainings().stream().filter(t -> t.learners() != null)
                .map((Training t) -> new Raw(Labels.capitalised(t.kind().label()), BigDecimal.valueOf(t.learners()),
                        VietnameseNumbers.of(t.learners()), null, null)).toList();
    }

    private List<Raw> ratings(Evaluation e) {
        return e.counts().stream().sorted(java.util.Comparator.comparing(vn.luanchuyen.model.RatingCount::rating)).map(c -> new Raw(Labels.capitalised(c.rating().label()) + (c.orBetter() ? " trở lên" : ""),
                BigDecimal.valueOf(c.count()), VietnameseNumbers.of(c.count()) + "/" + VietnameseNumbers.of(e.evaluated()), null, null)).toList();
    }

    private String label(Figure f) {
        String label = Labels.capitalised(Labels.counted(f.indicator()));
        return f.unit().equals(period.unit().id()) ? label : label + " (" + index.unitName(f.unit()) + ")";
    }

    /** The threshold an in-force programme sets for the indicator, if any. */
    private BigDecimal threshold(Indicator indicator) {
        return period.programmes().stream().flatMap((Programme p) -> p.targets().stream())
                .filter(t -> t.indicator() == indicator).map(Target::threshold).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static void add(List<Chart> out, String kind, String subject, String unit, List<Raw> raws, BigDecimal fixedScale) {
        if (raws.isEmpty()) return;
        BigDecimal scale = fixedScale;
        if (scale == null) {
            scale = raws.stream().flatMap(r -> java.util.stream.Stream.of(r.value(), r.target())).filter(Objects::nonNull)
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        }
        BigDecimal s = scale.signum() > 0 ? scale : BigDecimal.ONE;
        out.add(new Chart(kind, subject, unit, raws.stream().map(r -> new Bar(r.label(), r.text(), WIDTH, HEIGHT, px(r.value(), s),
                r.target() == null ? -1 : Math.min(WIDTH - 2, px(r.target(), s)), r.targetText())).toList()));
    }

    private static int px(BigDecimal v, BigDecimal scale) {
        double w = v.doubleValue() / scale.doubleValue() * WIDTH;
        int px = (int) Math.round(Math.max(0, Math.min(WIDTH, w)));
        return v.signum() > 0 ? Math.max(1, px) : px;
    }
}
