package vn.luanchuyen.site;

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
import java.util.function.Supplier;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.reuse.Fingerprint;
import vn.luanchuyen.view.PageTask;

/**
 * The key of a page task's inputs ({@link PageTask.Inputs}): a digest of everything its pages
 * can be made from. That is the site's stamp (program, templates, public or internal), what any
 * page may read ({@code shared}: the data but the cadres, articles, bulletins …), the history of
 * every record but the cadres and the commit that last changed each of their files, and for each
 * cadre the task names, its record as published, its history and the commit that last changed its
 * file; for a page of a listing also the order of the listing's moves. Records are taken without
 * the lines and columns they were written at, which no page shows. Two builds that give a task the
 * same key make the same pages for it, with the same dates, so a rebuild keeps them unmade.
 * Thread-safe.
 */
final class TaskKeys {
    static final String CADRES = "cadres";
    private static final int SHORT = 64;
    private final Supplier<Fingerprint> fingerprints;
    private final History history;
    private final String shared;
    private final Map<String, String> cadreKeys = new HashMap<>();
    /** Keys of lists several tasks share (the cadres within a unit, a listing's moves), by the list itself. */
    private final Map<List<?>, String> lists = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param fingerprints fresh fingerprints starting from the site's stamp
     * @param data the published data
     * @param shared what any page may read besides the cadres its task names
     */
    TaskKeys(Supplier<Fingerprint> fingerprints, Dataset data, List<Object> shared, History history) {
        this.fingerprints = fingerprints;
        this.history = history;
        List<String> keys = data.cadres().parallelStream().map(this::cadreKey).toList();
        for (int i = 0; i < keys.size(); i++) cadreKeys.put(data.cadres().get(i).id(), keys.get(i));
        Set<String> cadreFiles = new HashSet<>();
        data.cadres().forEach(c -> cadreFiles.add(c.origin().file()));
        Map<String, Commit> otherFiles = new TreeMap<>();
        history.lastChanges().forEach((file, commit) -> {
            if (!cadreFiles.contains(file)) otherFiles.put(file, commit);
        });
        List<Object> otherChanges = new ArrayList<>();
        for (RecordChange c : history.changes()) {
            List<Change> notCadres = c.changes().stream().filter(x -> !CADRES.equals(x.recordKind())).toList();
            if (!notCadres.isEmpty()) otherChanges.add(new RecordChange(c.commit(), c.file(), notCadres));
        }
        this.shared = fingerprint().add(shared).add(history.note()).add(otherFiles).add(otherChanges)
                .add(anyUncommitted(data, otherFiles) ? history.head() : Optional.empty()).hex();
    }

    /** The task's key, or empty for a task that reads the whole data (always made). */
    Optional<String> of(PageTask task) {
        PageTask.Inputs in = task.inputs();
        if (in == null) return Optional.empty();
        Fingerprint f = fingerprint().add(shared).add(in.task()).add(onceFor(in.order(), this::order))
                .add(onceFor(in.cadres(), this::cadres));
        if (in.cadres().isEmpty()) f.add(history.head()); // a page of no record (an empty listing) is dated by the last commit
        return Optional.of(f.hex());
    }

    private Fingerprint fingerprint() {
        return fingerprints.get().replacing(Origin.class, Origin::file);
    }

    /**
     * Whether a record outside the cadres comes from a file git does not know yet: a page made
     * only from such files is dated by the data's last commit ({@link History#recordsCommit}).
     */
    private static boolean anyUncommitted(Dataset data, Map<String, Commit> committed) {
        return java.util.stream.Stream.of(data.units().stream().map(vn.luanchuyen.model.Unit::origin),
                        data.sources().stream().map(vn.luanchuyen.model.Source::origin),
                        data.programmes().stream().map(vn.luanchuyen.model.Programme::origin),
                        data.figures().stream().map(vn.luanchuyen.model.Figure::origin),
                        data.achievements().stream().map(vn.luanchuyen.model.Achievement::origin),
                        data.trainings().stream().map(vn.luanchuyen.model.Training::origin),
                        data.evaluations().stream().map(vn.luanchuyen.model.Evaluation::origin))
                .flatMap(s -> s)
                .anyMatch(o -> o != null && !committed.containsKey(o.file()));
    }

    /** A cadre's record as published, its history, and the commit that last changed its file (the last commit if none did). */
    private String cadreKey(Cadre c) {
        Optional<Commit> last = Optional.ofNullable(history.lastChanges().get(c.origin().file())).or(history::head);
        return fingerprint().add(c).add(history.about(CADRES, c.id())).add(last).hex();
    }

    private String cadres(List<String> ids) {
        StringBuilder keys = new StringBuilder(ids.size() * 33);
        for (String id : ids) keys.append(cadreKeys.getOrDefault(id, "-")).append(' ');
        return fingerprint().add(keys).hex();
    }

    /**
     * The key of a list, worked out once for each long list: the cadres within a district or a
     * province serve three tasks, a listing's moves each of its pages. Short lists (a cadre page's
     * own cadre, a listing page's fifty moves) are cheaper to hash again than to look up.
     */
    private <T> String onceFor(List<T> list, java.util.function.Function<List<T>, String> key) {
        if (list.isEmpty()) return "";
        if (list.size() <= SHORT) return key.apply(list);
        String known = lists.get(list);
        if (known != null) return known;
        String computed = key.apply(list);
        lists.put(list, computed);
        return computed;
    }

    /** Each move of a listing by its cadre, post and date, in the listing's order. */
    private String order(List<Move> moves) {
        StringBuilder text = new StringBuilder(moves.size() * 40);
        for (Move m : moves) {
            var date = m.date();
            text.append(m.cadre()).append(' ').append(m.to().unit()).append(' ').append(m.to().post().name()).append(' ')
                    .append(date == null ? "-" : date.year() + "-" + date.month() + "-" + date.day() + (date.approximate() ? "~" : ""))
                    .append('\n');
        }
        return fingerprint().add(text).hex();
    }
}
