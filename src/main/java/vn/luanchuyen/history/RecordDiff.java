package vn.luanchuyen.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;

/**
 * What changed between two versions of a data file, in terms of the records: a tenure added, an
 * end date set, a name corrected, a record added or removed. Where a value was written (line and
 * column) is ignored ({@link Content}), so moving lines or adding a comment is no change.
 */
public final class RecordDiff {
    private final Function<Tenure, String> postName;
    private final Function<Tenure, String> periodText;

    /**
     * @param postName   the title of a tenure's post ("Bí thư Đảng ủy xã Cúc Đường")
     * @param periodText a tenure's period in words ("từ tháng 3/2020 đến tháng 6/2020")
     */
    public RecordDiff(Function<Tenure, String> postName, Function<Tenure, String> periodText) {
        this.postName = postName;
        this.periodText = periodText;
    }

    public List<Change> between(Dataset before, Dataset after) {
        List<Change> out = new ArrayList<>();
        cadres(byId(before.cadres()), byId(after.cadres()), out);
        others("units", ids(before.units(), Unit::id), ids(after.units(), Unit::id), out, Unit::name,
                (a, b) -> Objects.equals(a.name(), b.name()) ? null : a.name() + " → " + b.name());
        others("programmes", ids(before.programmes(), p -> p.id()), ids(after.programmes(), p -> p.id()), out, p -> p.title(), (a, b) -> null);
        others("figures", ids(before.figures(), f -> f.id()), ids(after.figures(), f -> f.id()), out, f -> f.id(), (a, b) -> null);
        others("achievements", ids(before.achievements(), f -> f.id()), ids(after.achievements(), f -> f.id()), out, a -> a.title(),
                (a, b) -> null);
        others("training", ids(before.trainings(), f -> f.id()), ids(after.trainings(), f -> f.id()), out, t -> t.id(), (a, b) -> null);
        others("evaluations", ids(before.evaluations(), f -> f.id()), ids(after.evaluations(), f -> f.id()), out, e -> e.id(), (a, b) -> null);
        others("sources", ids(before.sources(), f -> f.id()), ids(after.sources(), f -> f.id()), out, s -> s.title(), (a, b) -> null);
        return out;
    }

    private static Map<String, Cadre> byId(List<Cadre> cadres) {
        return ids(cadres, Cadre::id);
    }

    private static <T> Map<String, T> ids(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> {
            if (id.apply(i) != null) m.putIfAbsent(id.apply(i), i);
        });
        return m;
    }

    private void cadres(Map<String, Cadre> before, Map<String, Cadre> after, List<Change> out) {
        for (Cadre b : after.values()) {
            Cadre a = before.get(b.id());
            if (a == null) {
                out.add(new Change("cadres", b.id(), ChangeKind.ADDED, b.name().full(), ""));
                b.tenures().forEach(t -> added(b.id(), t, out));
                continue;
            }
            if (!Objects.equals(a.name(), b.name())) {
                out.add(new Change("cadres", b.id(), ChangeKind.NAME_CORRECTED, a.name().full(), b.name().full()));
            }
            tenures(b.id(), a.tenures(), b.tenures(), out);
            if (!Objects.equals(a.gender(), b.gender()) || !Objects.equals(a.hometown(), b.hometown())
                    || !Objects.equals(a.sources(), b.sources()) || !sameActions(a, b)) {
                out.add(new Change("cadres", b.id(), ChangeKind.CORRECTED, b.name().full(), ""));
            }
        }
        for (Cadre a : before.values()) {
            if (!after.containsKey(a.id())) out.add(new Change("cadres", a.id(), ChangeKind.REMOVED, a.name().full(), ""));
        }
    }

    private static boolean sameActions(Cadre a, Cadre b) {
        return a.actionProgrammes().size() == b.actionProgrammes().size();
    }

    /** Tenures match by unit, post and department; the first unmatched old one of the same post counts as corrected. */
    private void tenures(String id, List<Tenure> before, List<Tenure> after, List<Change> out) {
        List<Tenure> unmatched = new ArrayList<>(before);
        for (Tenure b : after) {
            Tenure a = unmatched.stream().filter(t -> samePost(t, b) && Objects.equals(t.from(), b.from())).findFirst()
                    .orElse(unmatched.stream().filter(t -> samePost(t, b)).findFirst().orElse(null));
            if (a == null) {
                added(id, b, out);
                continue;
            }
            unmatched.remove(a);
            if (a.to() == null && b.to() != null && Objects.equals(a.from(), b.from())) {
                out.add(new Change("cadres", id, ChangeKind.TENURE_ENDED, postName.apply(b), period(b)));
            } else if (!Objects.equals(a.from(), b.from()) || !Objects.equals(a.to(), b.to()) || !Objects.equals(a.heldOn(), b.heldOn())
                    || !Objects.equals(a.began(), b.began()) || !Objects.equals(a.note(), b.note())
                    || !Objects.equals(a.decision() == null ? null : a.decision().number(),
                            b.decision() == null ? null : b.decision().number())) {
                out.add(new Change("cadres", id, ChangeKind.TENURE_CORRECTED, postName.apply(b), period(a) + " → " + period(b)));
            }
        }
        unmatched.forEach(a -> out.add(new Change("cadres", id, ChangeKind.TENURE_REMOVED, postName.apply(a), period(a))));
    }

    private void added(String id, Tenure t, List<Change> out) {
        out.add(new Change("cadres", id, ChangeKind.TENURE_ADDED, postName.apply(t), period(t)));
        if (t.beganByMove()) out.add(new Change("cadres", id, ChangeKind.MOVE_ADDED, postName.apply(t), period(t)));
    }

    private static boolean samePost(Tenure a, Tenure b) {
        return Objects.equals(a.unit(), b.unit()) && a.post() == b.post() && a.department() == b.department()
                && a.body() == b.body();
    }

    private String period(Tenure t) {
        return periodText.apply(t);
    }

    private interface Describe<T> {
        String apply(T before, T after);
    }

    /**
     * Records of a kind that are not cadres: added, changed (renamed, when {@code rename} says so)
     * or removed, each named by {@code title} (its id when it has none).
     */
    private static <T> void others(String kind, Map<String, T> before, Map<String, T> after, List<Change> out, Function<T, String> title,
                                   Describe<T> rename) {
        for (Map.Entry<String, T> e : after.entrySet()) {
            T a = before.get(e.getKey());
            String named = named(title, e.getValue(), e.getKey());
            if (a == null) {
                out.add(new Change(kind, e.getKey(), ChangeKind.ADDED, named, ""));
            } else if (!Content.of(a).equals(Content.of(e.getValue()))) {
                String renamed = rename.apply(a, e.getValue());
                out.add(new Change(kind, e.getKey(), renamed == null ? ChangeKind.CORRECTED : ChangeKind.NAME_CORRECTED, named,
                        renamed == null ? "" : renamed));
            }
        }
        before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .forEach(e -> out.add(new Change(kind, e.getKey(), ChangeKind.REMOVED, named(title, e.getValue(), e.getKey()), "")));
    }

    private static <T> String named(Function<T, String> title, T record, String id) {
        String t = title.apply(record);
        return t == null || t.isBlank() ? id : t;
    }

}
