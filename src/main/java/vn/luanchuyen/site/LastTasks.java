package vn.luanchuyen.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.reuse.ChangedRecords;
import vn.luanchuyen.reuse.DataKeys;
import vn.luanchuyen.view.PageTask;

/**
 * What each page task with inputs came to in the last build of this process, by its place in the
 * list of tasks: its name, the lists it read, the key of its inputs, its files and its written
 * pages. A task of this build at the same place (or, when tasks were added or removed, with the
 * same name) that reads the very same lists, none of whose cadres' keys changed since, under the
 * same shared key, has the same key ({@link TaskKeys}: the key is made of nothing else). Such a
 * task takes that key and those pages as they were: nationally, 190,000 tasks of a rebuild after
 * one edit are neither hashed again nor have their pages' search entries looked up.
 *
 * <p>The pages are taken only while the previous output still has the key's files ({@link
 * vn.luanchuyen.reuse.Reuse#keepTask}): the same key means the same pages, so it does not matter
 * whether that output is the one this process wrote last.
 */
final class LastTasks {
    /**
     * A task's outcome; {@code written} is what it wrote, in page order; {@code hashes} the hashes
     * of its cadres' ids, in order, so that whether it names one of a few changed cadres is a scan
     * of numbers rather than a visit to each id (a country's lists name 1.3 million in all).
     */
    record Outcome(String task, List<String> cadres, List<Move> order, String key, List<String> files,
                   List<PageWriter.Written> written, int[] hashes) {
        /** The outcome of a task with these inputs (none: a task that reads the whole data, whose key is null). */
        static Outcome of(PageTask.Inputs in, String key, List<String> files, List<PageWriter.Written> written) {
            if (in == null) return new Outcome(null, List.of(), List.of(), null, files, written, new int[0]);
            int[] hashes = new int[in.cadres().size()];
            for (int i = 0; i < hashes.length; i++) hashes[i] = in.cadres().get(i).hashCode();
            return new Outcome(in.task(), in.cadres(), in.order(), key, files, written, hashes);
        }
    }

    private final String shared;
    private final Optional<String> head;
    private final DataKeys keys;
    /** By the task's place; null where a task had no inputs or failed. */
    private final Outcome[] outcomes;
    /** The places by task name, worked out the first time a task is not where it was. */
    private volatile Map<String, Integer> byName;

    /**
     * @param shared the build's shared key ({@link TaskKeys#shared()})
     * @param head the data's last commit then, which dates the tasks of no cadre
     * @param keys the keys of the records then, to tell which cadres changed since
     */
    LastTasks(String shared, Optional<String> head, DataKeys keys, Outcome[] outcomes) {
        this.shared = shared;
        this.head = head;
        this.keys = keys;
        this.outcomes = outcomes;
    }

    /**
     * What the tasks of a build with this shared key and head, and these record keys, can take
     * from these outcomes; none when the shared key differs or too many cadres changed to tell.
     */
    Optional<Taking> takenBy(String sharedNow, Optional<String> headNow, DataKeys keysNow) {
        if (!shared.equals(sharedNow)) return Optional.empty();
        return keysNow.changedSince(keys).map(changed -> new Taking(changed, head.equals(headNow)));
    }

    /** What one build takes from the last one's outcomes: the cadres changed since, and whether the head is the same. */
    final class Taking {
        private final Set<String> changed;
        /** The hashes of {@link #changed}, sorted. */
        private final int[] changedHashes;
        private final boolean sameHead;

        private Taking(Set<String> changed, boolean sameHead) {
            this.changed = changed;
            this.changedHashes = changed.stream().mapToInt(String::hashCode).sorted().toArray();
            this.sameHead = sameHead;
        }

        /** The last build's outcome of this task (at this place in the list) if its key is the same; null otherwise. */
        Outcome same(int place, PageTask.Inputs in) {
            Outcome o = at(place, in.task());
            if (o == null) return null;
            if (in.cadres().isEmpty() && !sameHead) return null; // such a task's key takes the head
            if (!ChangedRecords.sameObjects(o.cadres(), in.cadres()) || !ChangedRecords.sameObjects(o.order(), in.order())) return null;
            int[] hashes = o.hashes();
            for (int i = 0; i < hashes.length && changedHashes.length > 0; i++) {
                if (java.util.Arrays.binarySearch(changedHashes, hashes[i]) >= 0 && changed.contains(in.cadres().get(i))) return null;
            }
            return o;
        }
    }

    private Outcome at(int place, String task) {
        if (place < outcomes.length && outcomes[place] != null && outcomes[place].task().equals(task)) return outcomes[place];
        Integer moved = byName().get(task);
        return moved == null ? null : outcomes[moved];
    }

    private Map<String, Integer> byName() {
        Map<String, Integer> names = byName;
        if (names == null) {
            synchronized (this) {
                names = byName;
                if (names == null) {
                    names = new HashMap<>(outcomes.length * 2);
                    for (int i = 0; i < outcomes.length; i++) {
                        if (outcomes[i] != null) names.put(outcomes[i].task(), i);
                    }
                    byName = names;
                }
            }
        }
        return names;
    }
}
