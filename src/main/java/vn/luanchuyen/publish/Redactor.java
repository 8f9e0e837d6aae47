package vn.luanchuyen.publish;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.Visibility;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * Makes the public dataset: records marked internal are dropped, fields marked internal are
 * emptied, and what is internal by default (birth years, individual ratings) is always removed.
 * Everything published is made from its result, so no later step can leak what it removed.
 */
public final class Redactor {
    private final RecordMemo<Unit, Unit> units;
    private final RecordMemo<Cadre, Cadre> cadres;

    public Redactor() {
        this(RecordMemo.none(), RecordMemo.none());
    }

    /**
     * A redactor that takes the public copy of a unit or cadre it made in the last build of this
     * process for the same record (only the edited files' records are copied again): later steps
     * that keep their own results by record (moves, keys) then find the same records too.
     */
    public Redactor(RecordMemo<Unit, Unit> units, RecordMemo<Cadre, Cadre> cadres) {
        this.units = units;
        this.cadres = cadres;
    }

    public Dataset publicView(Dataset d) {
        return new Dataset(d.sources(),
                units.map(published(d.units(), Unit::visibility), List.of(), this::unit),
                cadres.map(published(d.cadres(), Cadre::visibility), List.of(), this::cadre),
                keep(d.programmes(), Programme::visibility, this::programme),
                keep(d.figures(), Figure::visibility, this::figure),
                keep(d.achievements(), Achievement::visibility, this::achievement),
                keep(d.trainings(), Training::visibility, Function.identity()),
                keep(d.evaluations(), Evaluation::visibility, this::evaluation));
    }

    private static <T> List<T> keep(List<T> items, Function<T, Visibility> visibility, Function<T, T> redact) {
        return published(items, visibility).stream().map(redact).filter(Objects::nonNull).toList();
    }

    private static <T> List<T> published(List<T> items, Function<T, Visibility> visibility) {
        Predicate<T> isPublic = t -> !visibility.apply(t).internal();
        return items.stream().filter(isPublic).toList();
    }

    private static <T> T unless(Visibility v, String field, T value) {
        return v.isInternal(field) ? null : value;
    }

    /** Whether nothing of a record is marked internal. */
    private static boolean open(Visibility v) {
        return !v.internal() && v.internalFields().isEmpty();
    }

    /** The unit itself when nothing of it is internal (most are): the same record, not a copy, costs nothing to keep. */
    private Unit unit(Unit u) {
        Visibility v = u.visibility();
        if (open(v)) return u;
        return new Unit(u.id(), unless(v, "code", u.code()), u.name(), u.type(), u.parents(), u.validFrom(),
                u.validTo(), v.isInternal("events") ? List.of() : u.events(), u.sources(), v, u.origin());
    }

    /** The cadre itself when nothing of it is internal and it has no birth year (always internal). */
    private Cadre cadre(Cadre c) {
        Visibility v = c.visibility();
        if (open(v) && c.birthYear() == null && c.tenures().stream().allMatch(t -> open(t.visibility()))) return c;
        List<Tenure> tenures = v.isInternal("tenures") ? List.of()
                : c.tenures().stream().filter(t -> !t.visibility().internal()).map(this::tenure).toList();
        return new Cadre(c.id(), c.name(), unless(v, "gender", c.gender()), unless(v, "hometown", c.hometown()), null,
                tenures, v.isInternal("action_programmes") ? List.of() : c.actionProgrammes(), c.sources(), v, c.origin());
    }

    private Tenure tenure(Tenure t) {
        Visibility v = t.visibility();
        if (open(v)) return t;
        return new Tenure(t.unit(), t.post(), t.body(), t.department(), t.from(), t.to(), t.heldOn(),
                v.isInternal("began") ? List.of() : t.began(), unless(v, "decision", t.decision()),
                unless(v, "note", t.note()), t.sources(), v, t.origin());
    }

    private Programme programme(Programme p) {
        Visibility v = p.visibility();
        return new Programme(p.id(), p.kind(), p.number(), p.title(), p.issuerUnit(), p.issuerBody(), p.date(),
                p.from(), p.to(), p.scope(), unless(v, "note", p.note()), v.isInternal("targets") ? List.of() : p.targets(),
                v.isInternal("reviews") ? List.of() : p.reviews(), p.sources(), v, p.origin());
    }

    private Figure figure(Figure f) {
        Visibility v = f.visibility();
        return new Figure(f.id(), f.indicator(), f.qualifier(), f.value(), f.of(), f.percent(),
                unless(v, "change", f.change()), f.changeQualifier(), f.unit(), f.from(), f.to(), unless(v, "note", f.note()), f.sources(), v,
                f.origin());
    }

    private Achievement achievement(Achievement a) {
        Visibility v = a.visibility();
        return new Achievement(a.id(), a.unit(), unless(v, "cadre", a.cadre()), a.title(), a.value(), a.of(),
                a.measure(), a.status(), a.from(), a.to(), a.sources(), v, a.origin());
    }

    private Evaluation evaluation(Evaluation e) {
        Visibility v = e.visibility();
        return new Evaluation(e.id(), e.unit(), e.month(), e.evaluated(), e.groups(),
                v.isInternal("counts") ? List.of() : e.counts(), List.of(), e.basis(), e.sources(), v, e.origin());
    }
}
