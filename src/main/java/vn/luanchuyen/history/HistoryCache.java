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
 * names the posts are worded with. Kept in a folder of {@value #SHARDS} gzipped JSON files (a
 * national history is about 50 MB of text), each change in the file its key's hash chooses, so
 * that after a commit only the files holding its changes are written again. Each file names all
 * that it depends on ({@code validity}); a file of another validity, or one that cannot be read,
 * is ignored, and what a build did not use is dropped.
 *
 * <pre>{@code
 * HistoryCache cache = HistoryCache.read(previous.resolve(HistoryCache.FOLDER), validity); // empty when absent or stale
 * History h = new HistoryReader(root, ...).read(cache);
 * for (HistoryCache.Shard shard : cache.shards()) if (shard.changed()) cache.write(staging.resolve(HistoryCache.FOLDER), shard);
 * }</pre>
 */
public final class HistoryCache {
    public static final String FOLDER = ".luanchuyen/history/";
    static final int SHARDS = 32;
    private static final String FORMAT = "luanchuyen history cache, format 3";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .addMixIn(Change.class, ChangeAsArray.class);
    private final String validity;
    private final Map<String, List<Change>> known;
    private final Map<String, List<Change>> used = new HashMap<>();

    /** One file: its format and validity, then the changes of each file change by key (file, blob before, blob after). */
    private record Stored(String format, String validity, TreeMap<String, List<Change>> changes) {
    }

    /** A change as an array of its five fields, in record order: a third less to read than objects with names. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"recordKind", "recordId", "kind", "subject", "detail"})
    private interface ChangeAsArray {
    }

    private HistoryCache(String validity, Map<String, List<Change>> known) {
        this.validity = validity;
        this.known = known;
    }

    /** A cache that knows nothing yet (a fresh build, or none before). */
    public static HistoryCache empty(String validity) {
        return new HistoryCache(validity, Map.of());
    }

    /** The cache a previous build left in {@code folder}: what its files of this validity hold (nothing when there are none). */
    public static HistoryCache read(Path folder, String validity) throws IOException {
        Map<String, List<Change>> known = new HashMap<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            Path file = folder.resolve(name(shard));
            if (!Files.isRegularFile(file)) continue;
            Stored stored;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                stored = JSON.readValue(in, Stored.class);
            } catch (JacksonException | java.util.zip.ZipException | java.io.EOFException damaged) {
                continue; // a damaged file only costs the time to compare its versions again
            }
            if (stored != null && FORMAT.equals(stored.format()) && validity.equals(stored.validity()) && stored.changes() != null) {
                known.putAll(stored.changes());
            }
        }
        return new HistoryCache(validity, known);
    }

    /**
     * This cache as a later build that reads the same history finds it: what this build used is
     * known, and used again, so it is not {@link #changed()}.
     */
    public HistoryCache carriedOver() {
        HistoryCache next = new HistoryCache(validity, Map.copyOf(used));
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

    /** One of the files the cache is kept in, and whether it would differ from the one read (something in it worked out, or left unused). */
    public record Shard(int number, boolean changed) {
        /** The file's name in the cache's folder. */
        public String name() {
            return HistoryCache.name(number);
        }
    }

    /** The files this build's cache is kept in (those holding what it used), in order. */
    public List<Shard> shards() {
        // one pass over the keys of each side, on every build (115,000 nationally), without sets per file
        boolean[] holds = new boolean[SHARDS];
        boolean[] changed = new boolean[SHARDS];
        for (String key : used.keySet()) {
            int shard = shardOf(key);
            holds[shard] = true;
            if (!known.containsKey(key)) changed[shard] = true; // worked out by this build
        }
        for (String key : known.keySet()) {
            if (!used.containsKey(key)) changed[shardOf(key)] = true; // left unused
        }
        List<Shard> out = new java.util.ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            if (holds[shard]) out.add(new Shard(shard, changed[shard]));
        }
        return out;
    }

    /** Whether any file would differ from the one read. */
    public boolean changed() {
        return !used.keySet().equals(known.keySet());
    }

    /** Writes every file of {@link #shards()} into {@code folder}. */
    public void write(Path folder) throws IOException {
        for (Shard shard : shards()) write(folder, shard);
    }

    /** Writes the file {@code shard} with what this build used, sorted, so the same history gives the same bytes. */
    public void write(Path folder, Shard shard) throws IOException {
        Files.createDirectories(folder);
        TreeMap<String, List<Change>> changes = new TreeMap<>();
        used.forEach((key, items) -> {
            if (shardOf(key) == shard.number()) changes.put(key, items);
        });
        try (OutputStream out = new FastGzip(Files.newOutputStream(folder.resolve(shard.name())))) {
            JSON.writeValue(out, new Stored(FORMAT, validity, changes));
        }
    }

    /** The file a key is kept in: by the key's hash, which Java defines for strings, so the same on every machine. */
    private static int shardOf(String key) {
        return Math.floorMod(key.hashCode(), SHARDS);
    }

    private static String name(int shard) {
        return String.format(java.util.Locale.ROOT, "%02d.json.gz", shard);
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
