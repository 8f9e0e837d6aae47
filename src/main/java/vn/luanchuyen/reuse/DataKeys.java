package vn.luanchuyen.reuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;

/**
 * Keys of the published data for outputs that are kept without being made again: one for each
 * cadre (its record as published, its history, and the commit that last changed its file, or the
 * last commit when git does not know the file yet), and one for {@link #rest() everything else}.
 * An output's key is made of the rest, the cadres it reads, and what it adds itself (template
 * stamp, its own name). Records are taken without the lines and columns they were written at,
 * which no page or bulletin shows. Thread-safe once made.
 */
public final class DataKeys {
    /** How git history names the kind of cadre records. */
    public static final String CADRES = "cadres";
    private static final int SHORT = 64;
    private final History history;
    private final Map<String, String> cadreKeys = new HashMap<>();
    private final String rest;
    /** Keys of long lists several outputs share (the cadres within a province), by the list itself. */
    private final Map<List<String>, String> lists = Collections.synchronizedMap(new IdentityHashMap<>());

    public DataKeys(Dataset data, History history) {
        this.history = history;
        List<String> keys = data.cadres().parallelStream().map(this::cadreKey).toList();
        for (int i = 0; i < keys.size(); i++) cadreKeys.put(data.cadres().get(i).id(), keys.get(i));
        Set<String> cadreFiles = new HashSet<>();
        data.cadres().forEach(c -> cadreFiles.add(c.origin().file()));
        Map<String, Commit> otherFiles = new TreeMap<>();
        history.lastChanges().forEach((file, commit) -> {
            if (!cadreFiles.contains(file)) otherFiles.put(file, commit);
        });
        List<RecordChange> otherChanges = new ArrayList<>();
        for (RecordChange c : history.changes()) {
            List<Change> notCadres = c.changes().stream().filter(x -> !CADRES.equals(x.recordKind())).toList();
            if (!notCadres.isEmpty()) otherChanges.add(new RecordChange(c.commit(), c.file(), notCadres));
        }
        Dataset others = new Dataset(data.sources(), data.units(), List.of(), data.programmes(), data.figures(), data.achievements(),
                data.trainings(), data.evaluations());
        this.rest = fingerprint().add(others).add(history.note()).add(otherFiles).add(otherChanges)
                .add(anyUncommitted(others, otherFiles) ? history.head() : Optional.empty())
                .add(cadres(List.copyOf(named(others)))).hex();
    }

    /**
     * Every record but the cadres, their history and the commits that last changed their files,
     * what git could not know, and the cadres those records name (an achievement's leader, a
     * review's chair, a rated cadre), whose names they show.
     */
    public String rest() {
        return rest;
    }

    /** The key of these cadres' records, in this order; a long list's key is worked out once for that list. */
    public String cadres(List<String> ids) {
        if (ids.isEmpty()) return "";
        if (ids.size() <= SHORT) return combined(ids);
        String known = lists.get(ids);
        if (known != null) return known;
        String computed = combined(ids);
        lists.put(ids, computed);
        return computed;
    }

    /** The data's last commit, which dates an output made of no record at all. */
    public Optional<Commit> head() {
        return history.head();
    }

    /** A fingerprint that takes records without the lines and columns they were written at. */
    public static Fingerprint fingerprint(Fingerprint start) {
        return start.replacing(Origin.class, Origin::file);
    }

    private static Fingerprint fingerprint() {
        return fingerprint(new Fingerprint());
    }

    private String combined(List<String> ids) {
        StringBuilder keys = new StringBuilder(ids.size() * 33);
        for (String id : ids) keys.append(cadreKeys.getOrDefault(id, "-")).append(' ');
        return fingerprint().add(keys).hex();
    }

    private String cadreKey(Cadre c) {
        Optional<Commit> last = Optional.ofNullable(history.lastChanges().get(c.origin().file())).or(history::head);
        return fingerprint().add(c).add(history.about(CADRES, c.id())).add(last).hex();
    }

    /** The cadres that records other than cadres name, sorted. */
    private static Set<String> named(Dataset others) {
        Set<String> ids = new TreeSet<>();
        others.achievements().forEach(a -> {
            if (a.cadre() != null) ids.add(a.cadre());
        });
        others.programmes().forEach(p -> p.reviews().forEach(r -> {
            if (r.chair() != null) ids.add(r.chair());
        }));
        others.evaluations().forEach(e -> e.ratings().forEach(r -> {
            if (r.cadre() != null) ids.add(r.cadre());
        }));
        return ids;
    }

    /**
     * Whether a record other than a cadre comes from a file git does not know yet: an output made
     * only from such files is dated by the data's last commit (see {@link History#recordsCommit}).
     */
    private static boolean anyUncommitted(Dataset others, Map<String, Commit> committed) {
        return Stream.of(others.units().stream().map(Unit::origin), others.sources().stream().map(Source::origin),
                        others.programmes().stream().map(Programme::origin), others.figures().stream().map(Figure::origin),
                        others.achievements().stream().map(Achievement::origin), others.trainings().stream().map(Training::origin),
                        others.evaluations().stream().map(Evaluation::origin))
                .flatMap(s -> s)
                .anyMatch(o -> o != null && !committed.containsKey(o.file()));
    }
}
