package vn.luanchuyen.reuse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        Map<R, V> known;
        synchronized (this) {
            known = keeping && same(this.context, context) ? results : Map.of();
        }
        Object[] out = new Object[records.size()];
        // the map is only read here, on every core; a new one is made below
        IntStream.range(0, out.length).parallel().forEach(i -> {
            R r = records.get(i);
            V v = known.get(r);
            out[i] = v != null ? v : f.apply(r);
        });
        @SuppressWarnings("unchecked")
        List<V> values = (List<V>) java.util.Arrays.asList(out);
        if (keeping) {
            Map<R, V> next = new IdentityHashMap<>(out.length * 2);
            for (int i = 0; i < out.length; i++) {
                if (out[i] != null) next.put(records.get(i), values.get(i));
            }
            synchronized (this) {
                this.context = List.copyOf(context);
                this.results = next;
            }
        }
        return java.util.Collections.unmodifiableList(values);
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
