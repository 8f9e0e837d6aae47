package vn.luanchuyen.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The records of each data file as last parsed, for a process that builds again and again (the
 * preview server, the benchmark): a file whose size, modification time and identity on disk
 * (inode) are the same as when it was parsed is not read or parsed again. Thread-safe; files that
 * disappear are forgotten.
 *
 * <pre>{@code
 * ParsedFiles parsed = new ParsedFiles();
 * Dataset d = new DatasetLoader(root, parsed).load(diagnostics); // the second load parses only what changed
 * }</pre>
 */
public final class ParsedFiles {
    private record Seen(long size, long modifiedNanos, Object fileKey) {
    }

    private record Entry(Seen seen, Object parsed) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    /** Each file's place in the last load's sorted list of files. */
    private volatile Map<Path, Integer> lastOrder = Map.of();

    /**
     * The file's parse result, from the last parse if the file is unchanged by {@code attributes}
     * (read just now, following links), otherwise from {@code parse}.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Path file, BasicFileAttributes attributes, Supplier<T> parse) {
        Seen seen = seen(attributes);
        Entry e = entries.get(file);
        if (e != null && e.seen().equals(seen)) return (T) e.parsed();
        T parsed = parse.get();
        entries.put(file, new Entry(seen, parsed));
        return parsed;
    }

    /**
     * {@code found} in the order of the last load's files, if it holds the very same paths (most
     * loads: a folder read again lists the same names), else null: sorting 100,000 paths again
     * costs more than looking each one up.
     */
    <T> T[] inLastOrder(List<T> found, Function<T, Path> path, IntFunction<T[]> array) {
        Map<Path, Integer> order = lastOrder;
        if (order.size() != found.size()) return null;
        T[] out = array.apply(found.size());
        for (T f : found) {
            Integer at = order.get(path.apply(f));
            if (at == null) return null;
            out[at] = f; // the paths are distinct, so are their places: every place is filled once
        }
        return out;
    }

    /** Remembers the order of this load's files, sorted, for {@link #inLastOrder}. */
    void sortedAs(List<Path> sorted) {
        Map<Path, Integer> order = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) order.put(sorted.get(i), i);
        lastOrder = order;
    }

    /** How many files it remembers. */
    int size() {
        return entries.size();
    }

    /** Forgets files that are no longer among {@code present}. */
    void retain(java.util.Collection<Path> present) {
        entries.keySet().retainAll(new java.util.HashSet<>(present));
    }

    private static Seen seen(BasicFileAttributes a) {
        return new Seen(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                Objects.requireNonNullElse(a.fileKey(), ""));
    }
}
