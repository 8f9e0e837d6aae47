package vn.luanchuyen.history;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What each change of a data file meant for its records, kept between builds so that a build
 * reads only the commits made since the last one: a commit's changes are a function of the file's
 * two versions (git blob ids), the program that compares them, public or internal, and the units'
 * names the posts are worded with. The file is gzipped JSON (a national history is about 50 MB
 * of text) that names all of that ({@code validity}); a file of another validity, or one that
 * cannot be read, is ignored, and what a build did not use is dropped.
 *
 * <pre>{@code
 * HistoryCache cache = HistoryCache.read(previous, validity);   // empty when absent or stale
 * History h = new HistoryReader(root, ...).read(cache);
 * if (cache.changed()) cache.write(staging.resolve(HistoryCache.FILE));
 * }</pre>
 */
public final class HistoryCache {
    public static final String FILE = ".luanchuyen/history.json.gz";
    private static final String FORMAT = "luanchuyen history cache, format 2";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addMixIn(Change.class, ChangeAsArray.class);
    private final String validity;
    private final Map<String, List<Change>> known;
    private final boolean valid;
    private final Map<String, List<Change>> used = new HashMap<>();

    /** The file: its format and validity, then the changes of each file change by key (file, blob before, blob after). */
    private record Stored(String format, String validity, TreeMap<String, List<Change>> changes) {
    }

    /** A change as an array of its five fields, in record order: a third less to read than objects with names. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"recordKind", "recordId", "kind", "subject", "detail"})
    private interface ChangeAsArray {
    }

    private HistoryCache(String validity, Map<String, List<Change>> known, boolean valid) {
        this.validity = validity;
        this.known = known;
        this.valid = valid;
    }

    /** A cache that knows nothing yet (a fresh build, or none before). */
    public static HistoryCache empty(String validity) {
        return new HistoryCache(validity, Map.of(), false);
    }

    /** The cache a previous build left at {@code file}; empty when there is none, or it was made under another validity. */
    public static HistoryCache read(Path file, String validity) throws IOException {
        if (!Files.isRegularFile(file)) return empty(validity);
        Stored stored;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            stored = JSON.readValue(in, Stored.class);
        } catch (JacksonException | java.util.zip.ZipException | java.io.EOFException damaged) {
            return empty(validity); // a damaged cache only costs the time to compare the versions again
        }
        if (stored == null || !FORMAT.equals(stored.format()) || !validity.equals(stored.validity()) || stored.changes() == null) {
            return empty(validity);
        }
        return new HistoryCache(validity, stored.changes(), true);
    }

    /**
     * This cache as a later build that reads the same history finds it: what this build used is
     * known, and used again, so it is not {@link #changed()}.
     */
    public HistoryCache carriedOver() {
        HistoryCache next = new HistoryCache(validity, Map.copyOf(used), true);
        next.used.putAll(next.known);
        return next;
    }

    /** The changes of {@code file} between two blob ids (null: absent), if known. */
    Optional<List<Change>> get(String file, String before, String after) {
        String key = key(file, before, after);
        List<Change> changes = known.get(key);
        if (changes != null) used.put(key, changes);
        return Optional.ofNullable(changes);
    }

    void put(String file, String before, String after, List<Change> changes) {
        used.put(key(file, before, after), List.copyOf(changes));
    }

    /** How many file changes were taken from the previous build's cache. */
    public long reused() {
        return used.keySet().stream().filter(known::containsKey).count();
    }

    /**
     * Whether the file would differ from the one read: there was none of this validity, something
     * was worked out, or something known was not used.
     */
    public boolean changed() {
        return !valid || !used.keySet().equals(known.keySet());
    }

    /** Writes what this build used, sorted, so the same history gives the same bytes. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new FastGzip(Files.newOutputStream(file))) {
            JSON.writeValue(out, new Stored(FORMAT, validity, new TreeMap<>(used)));
        }
    }

    /** Gzip at its fastest level: writing the national cache takes 0.9 s instead of 1.4 s, for a file a quarter larger (10 MB). */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static String key(String file, String before, String after) {
        return file + " " + (before == null ? "-" : before) + " " + (after == null ? "-" : after);
    }
}
