package vn.luanchuyen.history;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What git says about the data: the commit built from, when each file last changed, and every
 * change to every record, newest first. {@code note} says what could not be known (no git, a
 * shallow clone); it is empty when the history is complete.
 */
public record History(Commit headCommit, String note, Map<String, Commit> lastChange, List<RecordChange> changes) {

    public History {
        lastChange = Map.copyOf(lastChange);
        changes = changes.stream()
                .sorted(Comparator.comparing((RecordChange c) -> c.commit().time()).reversed()
                        .thenComparing(c -> c.commit().id()).thenComparing(RecordChange::file))
                .toList();
    }

    /** No history: built from a plain folder. */
    public static History none(String note) {
        return new History(null, note, Map.of(), List.of());
    }

    /** The commit the data was built from, when there is git. */
    public Optional<Commit> head() {
        return Optional.ofNullable(headCommit);
    }

    /** The latest commit among those that last changed these files. */
    public Optional<Commit> lastChange(List<String> files) {
        return files.stream().map(lastChange::get).filter(c -> c != null).max(Comparator.comparing(Commit::time));
    }

    /** The commits' changes to one record. */
    public List<RecordChange> about(String recordKind, String id) {
        return changes.stream()
                .map(c -> new RecordChange(c.commit(), c.file(), c.changes().stream()
                        .filter(x -> x.recordKind().equals(recordKind) && x.recordId().equals(id)).toList()))
                .filter(c -> !c.changes().isEmpty())
                .toList();
    }
}
