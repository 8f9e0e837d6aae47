package vn.luanchuyen.reuse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What a function gave for each record, kept from one build of a process to the next by the
 * record itself (its identity). The loader gives the very same record objects for the files that
 * did not change ({@code ParsedFiles}), so a rebuild after one edit works out again only the
 * records of the edited files. The results stand while what else the function reads
 * ({@code context}) is the same objects; otherwise everything is worked out again. Only the
 * records of the last call are kept. A memo that does not keep ({@link #none()}: a build from the
 * command line) works everything out every time. The function must read nothing but the record
 * and the context. Thread-safe; the function runs on every core.
 *
 * <pre>{@code
 * RecordMemo<Cadre, List<Move>> moves = RecordMemo.keeping();
 * List<List<Move>> each = moves.map(data.cadres(), List.of(data.units()), finder::moves);
 * }</pre>
 */
public final class RecordMemo<R, V> {
    private final boolean keeping;
    private List<?> context;
    private Map<R, V> results = Map.of();
    /** The records of the last call, in its order. */
    private List<R> lastRecords = List.of();

    private RecordMemo(boolean keeping) {
        this.keeping = keeping;
    }

    public static <R, V> RecordMemo<R, V> keeping() {
        return new RecordMemo<>(true);
    }

    public static <R, V> RecordMemo<R, V> none() {
        return new RecordMemo<>(false);
    }

    /**
     * The memo kept under {@code name} in {@code memo} (one that keeps nothing when {@code memo}
     * keeps nothing).
     */
    @SuppressWarnings("unchecked")
    public static <R, V> RecordMemo<R, V> in(Memo memo, String name) {
        return memo.keeps() ? memo.get(name, "record memo", RecordMemo::<R, V>keeping) : none();
    }

    /**
     * {@code f} of each record, in order: what the last call gave for the same record object
     * under the same context, worked out for the others.
     *
     * @param context what {@code f} reads besides the record: objects, or lists of objects,
     *                compared one by one by identity
     */
    public List<V> map(List<R> records, List<?> context, Function<R, V> f) {
        return map(records, context, f, null);
    }

    /**
     * As {@link #map(List, List, Function)}, but when the context is not the same objects, a value
     * the last call gave for the same record is still taken if {@code stillHolds} says it holds
     * under the new context (as a cadre's key while the commit that last changed its file is the
     * same); the others are worked out again. Under the same context it is not asked.
     */
    public List<V> map(List<R> records, List<?> context, Function<R, V> f, BiPredicate<R, V> stillHolds) {
        Map<R, V> known;
        List<R> before;
        BiPredicate<R, V> check;
        synchronized (this) {
            boolean sameContext = keeping && same(this.context, context);
            known = sameContext || keeping && stillHolds != null ? results : Map.of();
            check = sameContext ? null : stillHolds;
            before = lastRecords;
        }
        Object[] out = new Object[records.size()];
        boolean[] worked = new boolean[records.size()];
        // the map is only read here, on every core; a new one is made below
        IntStream.range(0, out.length).parallel().forEach(i -> {
            R r = records.get(i);
            V kept = known.get(r);
            V v = kept != null && check != null && !check.test(r, kept) ? null : kept;
            worked[i] = v == null;
            out[i] = v != null ? v : f.apply(r);
        });
        @SuppressWarnings("unchecked")
        List<V> values = (List<V>) java.util.Arrays.asList(out);
        if (keeping) {
            Map<R, V> next = updated(known, before, records, values, worked);
            synchronized (this) {
                this.context = List.copyOf(context);
                this.results = next;
                this.lastRecords = List.copyOf(records);
            }
        }
        return java.util.Collections.unmodifiableList(values);
    }

    /**
     * What the next call may take: each record's value. After an edit, the last call's map itself,
     * with the records worked out again in place of those that stood where they are (nothing else
     * reads it once this call has taken its values: changing it costs less than a copy, and leaves
     * no 100,000-entry map behind for the collector); made anew when that does not give exactly
     * this call's records.
     */
    private static <R, V> Map<R, V> updated(Map<R, V> known, List<R> before, List<R> records, List<V> values, boolean[] worked) {
        int kept = 0;
        int present = 0;
        for (int i = 0; i < worked.length; i++) {
            if (values.get(i) != null) present++;
            if (!worked[i]) kept++;
        }
        if (known instanceof IdentityHashMap<R, V> last && before.size() == records.size() && ChangedRecords.few(worked.length - kept, worked.length)) {
            Map<R, V> next = last;
            for (int i = 0; i < worked.length; i++) {
                if (worked[i]) next.remove(before.get(i));
            }
            for (int i = 0; i < worked.length; i++) {
                if (worked[i] && values.get(i) != null) next.put(records.get(i), values.get(i));
            }
            // a record that moved to where another was worked out again would be missing, one gone would stay:
            // either changes the size, unless both happen at once (then one is worked out again next time
            // and one stays that no later call can ask for, as the loader never gives an older record again)
            if (next.size() == present) return next;
        }
        Map<R, V> next = new IdentityHashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            if (values.get(i) != null) next.put(records.get(i), values.get(i));
        }
        return next;
    }

    /** Whether two contexts are the same objects, element by element (a list element: its own elements). */
    private static boolean same(List<?> a, List<?> b) {
        if (a == null || a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == y) continue;
            if (!(x instanceof List<?> xs) || !(y instanceof List<?> ys) || xs.size() != ys.size()) return false;
            for (int j = 0; j < xs.size(); j++) {
                if (xs.get(j) != ys.get(j)) return false;
            }
        }
        return true;
    }
}
