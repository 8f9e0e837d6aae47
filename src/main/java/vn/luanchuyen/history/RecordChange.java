package vn.luanchuyen.history;

import java.util.List;

/** The changes one commit made to the records of one file. */
public record RecordChange(Commit commit, String file, List<Change> changes) {

    public RecordChange {
        changes = List.copyOf(changes);
    }
}
