package vn.luanchuyen.reuse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which records changed between two builds of one process, judged by what each build worked out
 * for them ({@link RecordMemo} gives a kept record the very value it gave before): the ids of the
 * records whose value is not the very object the earlier build had for that id, and of those gone.
 * A record worked out again (edited, or nothing kept) has another object, so it counts as changed.
 *
 * <pre>{@code
 * Set<String> changed = ChangedRecords.ids(Cadre::id, before, keysBefore, now, keysNow);
 * }</pre>
 */
public final class ChangedRecords {
    private ChangedRecords() {
    }

    /**
     * @param valuesBefore what the earlier build had for each of {@code before}, in that order
     * @param valuesNow    what this build has for each of {@code now}, in that order
     */
    public static <R, V> Set<String> ids(Function<R, String> id, List<R> before, List<V> valuesBefore, List<R> now, List<V> valuesNow) {
        Set<String> changed = new HashSet<>();
        // most records are where they were, with the very same id: compared there before any lookup
        boolean inPlace = before.size() == now.size();
        Map<String, V> byId = null;
        for (int i = 0; i < now.size(); i++) {
            String key = id.apply(now.get(i));
            V was;
            // an edited record has its id read again: another string, the same text, at the same place
            if (inPlace && (id.apply(before.get(i)) == key || id.apply(before.get(i)).equals(key))) {
                was = valuesBefore.get(i);
            } else {
                if (byId == null) byId = byId(id, before, valuesBefore);
                was = byId.get(key);
                inPlace = inPlace && id.apply(before.get(i)).equals(key);
            }
            if (was != valuesNow.get(i)) changed.add(key);
        }
        if (!inPlace) {
            Set<String> present = new HashSet<>();
            now.forEach(r -> present.add(id.apply(r)));
            before.stream().map(id).filter(k -> !present.contains(k)).forEach(changed::add);
        }
        return changed;
    }

    /**
     * Whether {@code changed} records of {@code of} are few enough for what the last build made to
     * be updated rather than made afresh: one in sixteen at most. Beyond that, updating costs about
     * as much as making anew, and is the more complicated path.
     */
    public static boolean few(int changed, int of) {
        return changed <= of / 16;
    }

    /** Whether two lists hold the very same objects in the same order (records that did not change at all). */
    public static boolean sameObjects(List<?> a, List<?> b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }

    private static <R, V> Map<String, V> byId(Function<R, String> id, List<R> records, List<V> values) {
        Map<String, V> out = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) out.put(id.apply(records.get(i)), values.get(i));
        return out;
    }
}
