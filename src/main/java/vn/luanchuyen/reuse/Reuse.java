package vn.luanchuyen.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Lets a build take unchanged files from the previous output instead of rendering them again.
 * The previous build left a manifest ({@value #MANIFEST}): its stamp (program, templates, kind
 * of build) and, per output file, the fingerprint of everything the file was made from. A file
 * whose fingerprint is the same under the same stamp is hard-linked from the previous output
 * into the new one (copied where links are not possible); every other file is rendered. The new
 * build writes its own manifest, so the next build can do the same. Thread-safe.
 *
 * <pre>{@code
 * Reuse reuse = Reuse.from(root.resolve("output"), Stamp.of(templates, "public"));
 * if (!reuse.take(path, fingerprint, target)) render(target);
 * reuse.writeManifest(staging);
 * }</pre>
 */
public final class Reuse {
    public static final String MANIFEST = ".luanchuyen/manifest.tsv";
    private static final String HEADER = "# luanchuyen build manifest: stamp ";
    private final Path previousOutput;
    private final Map<String, String> previous;
    private final String stamp;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Fingerprint.Accessors accessors = new Fingerprint.Accessors();
    private final LongAdder taken = new LongAdder();
    private final LongAdder made = new LongAdder();

    private Reuse(Path previousOutput, Map<String, String> previous, String stamp) {
        this.previousOutput = previousOutput;
        this.previous = previous;
        this.stamp = stamp;
    }

    /** Reuse from the output a previous build left, if it was made under the same stamp; otherwise render everything. */
    public static Reuse from(Path previousOutput, String stamp) throws IOException {
        return new Reuse(previousOutput, read(previousOutput.resolve(MANIFEST), stamp), stamp);
    }

    /** Renders everything (nothing to reuse) but still records a manifest. */
    public static Reuse nothing(String stamp) {
        return new Reuse(null, Map.of(), stamp);
    }

    /** A fresh fingerprint for one output file (one per thread). */
    public Fingerprint fingerprint() {
        return new Fingerprint(accessors);
    }

    /**
     * Puts the previous build's file at {@code path} into {@code target} if it was made from the
     * same things; returns whether it did. Either way the fingerprint goes into the new manifest.
     */
    public boolean take(String path, String fingerprint, Path target) {
        current.put(path, fingerprint);
        if (previousOutput == null || !fingerprint.equals(previous.get(path))) return false;
        Path source = previousOutput.resolve(path);
        if (!Files.isRegularFile(source)) return false;
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, source);
            } catch (UnsupportedOperationException | IOException notLinked) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        taken.increment();
        return true;
    }

    /** Counts a file that was rendered afresh. */
    public void rendered() {
        made.increment();
    }

    /** How many files were taken from the previous output, and how many rendered. */
    public long taken() {
        return taken.sum();
    }

    public long renderedCount() {
        return made.sum();
    }

    /** Writes the manifest of the new output, sorted by path so the same build gives the same bytes. */
    public void writeManifest(Path output) throws IOException {
        Path file = output.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder(HEADER).append(stamp).append('\n');
        new TreeMap<>(current).forEach((path, fp) -> sb.append(fp).append('\t').append(path).append('\n'));
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static Map<String, String> read(Path manifest, String stamp) throws IOException {
        if (!Files.isRegularFile(manifest)) return Map.of();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + stamp)) return Map.of();
        Map<String, String> out = new java.util.HashMap<>(lines.size() * 2);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) out.put(line.substring(tab + 1), line.substring(0, tab));
        }
        return out;
    }

    /** What the previous manifest said about a path (for tests and reports). */
    public Optional<String> previousFingerprint(String path) {
        return Optional.ofNullable(previous.get(path));
    }

    /** The paths the new manifest lists. */
    public List<String> paths() {
        return new ArrayList<>(new TreeMap<>(current).keySet());
    }
}
