package vn.luanchuyen.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git says about the data: the commit built from, when each file last changed, and every
 * change to every record, newest first. {@code note} says what could not be known (no git, a
 * shallow clone); it is empty when the history is complete. Changes are indexed by record once,
 * since every cadre and unit page asks for its own.
 */
public final class History {
    private final Commit head;
    private final String note;
    private final Map<String, Commit> lastChange;
    private final List<RecordChange> changes;
    private final Map<String, List<RecordChange>> byRecord;
    private final long recordsChanged;

    /** Newest first; of changes made in the same second, by commit, then by file. */
    private static final Comparator<RecordChange> ORDER = Comparator.comparing((RecordChange c) -> c.commit().time()).reversed()
            .thenComparing(c -> c.commit().id()).thenComparing(RecordChange::file);

    public History(Commit head, String note, Map<String, Commit> lastChange, List<RecordChange> changes) {
        this(changes.stream().sorted(ORDER).toList(), head, note, Map.copyOf(lastChange));
    }

    /** A history of these changes, already in {@link #ORDER}, indexed and counted here. */
    private History(List<RecordChange> sorted, Commit head, String note, Map<String, Commit> lastChange) {
        this(head, note, lastChange, sorted, byRecord(sorted), recordsChanged(sorted));
    }

    private History(Commit head, String note, Map<String, Commit> lastChange, List<RecordChange> sorted,
                    Map<String, List<RecordChange>> byRecord, long recordsChanged) {
        this.head = head;
        this.note = note;
        this.lastChange = lastChange;
        this.changes = sorted;
        this.byRecord = byRecord;
        this.recordsChanged = recordsChanged;
    }

    /** For each change of a file, how many records it changed, added up. */
    private static long recordsChanged(List<RecordChange> changes) {
        long n = 0;
        for (RecordChange c : changes) n += c.changes().stream().map(Change::recordId).distinct().count();
        return n;
    }

    /** Each record's changes, in the order of {@code sorted}. */
    private static Map<String, List<RecordChange>> byRecord(List<RecordChange> sorted) {
        Map<String, List<RecordChange>> byRecord = new HashMap<>();
        for (RecordChange c : sorted) {
            Map<String, List<Change>> perRecord = new LinkedHashMap<>();
            c.changes().forEach(x -> perRecord.computeIfAbsent(x.recordKind() + "/" + x.recordId(), k -> new ArrayList<>()).add(x));
            perRecord.forEach((key, items) -> byRecord.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new RecordChange(c.commit(), c.file(), items)));
        }
        return byRecord;
    }

    /**
     * This history followed by later commits: {@code head} now checked out, the commit that last
     * changed each file they changed, and their record changes. The same as reading the whole
     * history at {@code head}, without sorting and indexing again what this one already has.
     */
    History extendedWith(Commit newHead, Map<String, Commit> lastOfNewer, List<RecordChange> newer) {
        List<RecordChange> sortedNewer = newer.stream().sorted(ORDER).toList();
        Map<String, Commit> last = new HashMap<>(lastChange);
        last.putAll(lastOfNewer);
        Map<String, List<RecordChange>> records = new HashMap<>(byRecord);
        byRecord(sortedNewer).forEach((key, items) -> records.merge(key, items, History::merged));
        return new History(newHead, note, Map.copyOf(last), merged(changes, sortedNewer), records,
                recordsChanged + recordsChanged(sortedNewer));
    }

    /** Two lists each in {@link #ORDER}, as one list in that order. */
    private static List<RecordChange> merged(List<RecordChange> a, List<RecordChange> b) {
        List<RecordChange> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || i < a.size() && ORDER.compare(a.get(i), b.get(j)) <= 0) out.add(a.get(i++));
            else out.add(b.get(j++));
        }
        return List.copyOf(out);
    }

    /** No history: built from a plain folder. */
    public static History none(String note) {
        return new History(null, note, Map.of(), List.of());
    }

    /** The commit the data was built from, when there is git. */
    public Optional<Commit> head() {
        return Optional.ofNullable(head);
    }

    /** What could not be known; empty when the history is complete. */
    public String note() {
        return note;
    }

    /** Every record change, newest first. */
    public List<RecordChange> changes() {
        return changes;
    }

    /**
     * How many record changes there are: for each commit's change of a file, the records it
     * changed (the changes page's total, counted once per history rather than once per build).
     */
    public long recordsChanged() {
        return recordsChanged;
    }

    /** The commit that last changed each file git knows, by path. */
    public Map<String, Commit> lastChanges() {
        return lastChange;
    }

    /**
     * The latest commit among those that last changed these files; of commits made in the same
     * second, the one that last changed the first of the files by name, so the files' order does
     * not matter.
     */
    public Optional<Commit> lastChange(java.util.Collection<String> files) {
        Commit latest = null;
        String by = null;
        for (String file : files) {
            Commit c = lastChange.get(file);
            if (c == null) continue;
            int later = latest == null ? 1 : c.time().compareTo(latest.time());
            if (later > 0 || later == 0 && file.compareTo(by) < 0) {
                latest = c;
                by = file;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The commit a page or bulletin made from these files names: the last one that changed them;
     * the data's last commit for none, or for files git does not know yet.
     */
    public Optional<Commit> recordsCommit(List<String> files) {
        return lastChange(files).or(this::head);
    }

    /** The commits' changes to one record, newest first. */
    public List<RecordChange> about(String recordKind, String id) {
        return byRecord.getOrDefault(recordKind + "/" + id, List.of());
    }
}
