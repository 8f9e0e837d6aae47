package vn.luanchuyen.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;

/**
 * Keys of the data for outputs that are kept without being made again: one for each cadre (the
 * digest of its file's bytes and the commit that last changed that file, or the last commit when
 * git does not know the file yet), and one for {@link #rest() everything else}. A file's records,
 * as published or not, and their history follow from its bytes, the program and the commits that
 * touched it, so no record needs to be walked. An output's key is made of the rest, the cadres it
 * reads, and what it adds itself (template stamp, its own name). Thread-safe once made.
 */
public final class DataKeys {
    private static final String CADRE_FILES = "data/cadres/";
    private final History history;
    /** Each cadre's key as 16 bytes, so a list of many is a short input to combine. */
    private final Map<String, byte[]> cadreKeys = new HashMap<>();
    private final byte[] noCadre = new Fingerprint().add("-").bytes();
    private final String rest;
    private final ListKeys<String> lists = new ListKeys<>(id -> cadreKeys.getOrDefault(id, noCadre), String::hashCode);
    private final List<Cadre> cadres;
    /** Each cadre's key, in the order of {@link #cadres}. */
    private final List<byte[]> inOrder;

    /** @param files the digest of each data file, by its path in the project ({@code Checked.files()}) */
    public DataKeys(Dataset data, SortedMap<String, String> files, History history) {
        this(data, files, history, RecordMemo.none());
    }

    /** A cadre's key, and the commit it was made with (the one that last changed the cadre's file). */
    public record CadreKey(String commit, byte[] key) {
    }

    /**
     * @param keysOfCadres each cadre's key as the last build of this process made it, kept by the
     *                     cadre's record (the same record object is the same bytes of the same file)
     *                     while the history is the same, and after a commit while the commit that
     *                     last changed the cadre's file is the same
     */
    public DataKeys(Dataset data, SortedMap<String, String> files, History history, RecordMemo<Cadre, CadreKey> keysOfCadres) {
        this.history = history;
        Map<String, Commit> last = history.lastChanges();
        java.util.function.Function<Cadre, String> commitOf = c -> Optional.ofNullable(last.get(c.origin().file())).or(history::head)
                .map(Commit::id).orElse("-");
        List<byte[]> keys = keysOfCadres.map(data.cadres(), List.of(history), c -> {
            String file = c.origin().file();
            String commit = commitOf.apply(c);
            return new CadreKey(commit, new Fingerprint().add(file).add(files.getOrDefault(file, "-")).add(commit).bytes());
        }, (c, kept) -> kept.commit().equals(commitOf.apply(c))).stream().map(CadreKey::key).toList();
        for (int i = 0; i < data.cadres().size(); i++) cadreKeys.put(data.cadres().get(i).id(), keys.get(i));
        this.cadres = data.cadres();
        this.inOrder = keys;
        StringBuilder others = new StringBuilder();
        boolean uncommitted = false;
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().startsWith(CADRE_FILES)) continue;
            Commit changed = last.get(f.getKey());
            uncommitted |= changed == null;
            others.append(f.getKey()).append(' ').append(f.getValue()).append(' ').append(changed == null ? "-" : changed.id()).append('\n');
        }
        this.rest = new Fingerprint().add(others).add(history.note()).add(uncommitted ? history.head() : Optional.empty())
                .add(cadres(List.copyOf(named(data)))).hex();
    }

    /**
     * Every data file but the cadres' (its bytes and the commit that last changed it), what git
     * could not know, and the cadres that other records name (an achievement's leader, a review's
     * chair, a rated cadre), whose names they show.
     */
    public String rest() {
        return rest;
    }

    /**
     * From now on, a list of cadre ids holding the very same id objects in the same order as a list
     * {@code previous} worked out (the same list, as the cadres within a unit while nobody moved, or
     * one made anew from the same records, as a listing page's cadres) takes that list's key when
     * none of its cadres changed or went since. Call before any key is asked for.
     */
    public void carryOver(DataKeys previous) {
        Set<String> changed = ChangedRecords.ids(Cadre::id, previous.cadres, previous.inOrder, cadres, inOrder);
        // with many changed (another commit: every key worked out again), hardly a list stays the same
        if (ChangedRecords.few(changed.size(), cadres.size())) lists.takeSameItems(previous.lists, changed);
    }

    /**
     * The cadres whose keys are not the very ones {@code earlier} worked out (edited, added, gone,
     * or keyed again after a commit changed their file), when they are few; empty when too many
     * changed for an output kept by its cadres to be worth telling apart from one made again.
     */
    public Optional<Set<String>> changedSince(DataKeys earlier) {
        Set<String> changed = ChangedRecords.ids(Cadre::id, earlier.cadres, earlier.inOrder, cadres, inOrder);
        return ChangedRecords.few(changed.size(), cadres.size()) ? Optional.of(changed) : Optional.empty();
    }

    /** The key of these cadres' records, in this order; a long list's key is worked out once for that list. */
    public String cadres(List<String> ids) {
        return lists.of(ids);
    }

    /** The data's last commit, which dates an output made of no record at all. */
    public Optional<Commit> head() {
        return history.head();
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
}
