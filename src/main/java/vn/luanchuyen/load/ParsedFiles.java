package vn.luanchuyen.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
