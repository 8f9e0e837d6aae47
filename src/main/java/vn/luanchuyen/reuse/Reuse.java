package vn.luanchuyen.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Lets a build keep unchanged files of the previous output instead of rendering them again.
 * Every build leaves a manifest ({@value #MANIFEST}): per output file, a fingerprint of
 * everything the file was made from, starting with the stamp of its kind ({@link Stamp}: the
 * program, the templates of pages or of bulletins, public or internal), or of its bytes (feeds,
 * search index, sitemap, articles).
 *
 * <p>With a manifest, the build renders into the staging folder only
 * the files whose fingerprint changed, plus the few files every build writes (feeds, search
 * index, sitemap, articles), then {@link #apply applies} them to {@code output/} in place: each
 * file is renamed into place (so every file is always whole), files the new build no longer has
 * are deleted, and the manifest is replaced last. A marker ({@value #APPLYING}) is written first
 * and removed last, and the JVM's shutdown waits for the apply to finish, so an interrupted build
 * ({@code Ctrl-C}) still completes it; if the process is killed outright while applying, the
 * marker stays and the next build ignores the manifest and builds everything into a fresh
 * folder that replaces {@code output/} whole. Without a usable manifest everything is rendered
 * and swapped in whole; so is a build that rendered more files than it kept (its staging
 * folder is completed with hard links to the kept files, see {@link #applyInPlace}). Thread-safe.
 *
 * <pre>{@code
 * Reuse reuse = Reuse.from(root.resolve("output"), Stamp.of(templates, "public"));
 * String fingerprint = reuse.pageFingerprint().add(pageRecord).hex();
 * if (!reuse.take(path, fingerprint)) render(staging.resolve(path));
 * if (reuse.applyInPlace()) { reuse.apply(staging, output); dropStaging(); }
 * else { if (reuse.inPlace()) reuse.completeStaging(staging); else reuse.writeManifest(staging); swap(); }
 * }</pre>
 */
public final class Reuse {
    public static final String MANIFEST = ".luanchuyen/manifest.tsv";
    public static final String APPLYING = ".luanchuyen/applying";
    /** Per page task with a key of its inputs, the pages it made: a rebuild with the same key keeps them unmade. */
    public static final String TASKS = ".luanchuyen/tasks.tsv";
    private static final String HEADER = "# luanchuyen build manifest, format 2";
    private static final String TASKS_HEADER = "# luanchuyen page tasks, format 1";
    private final Path previousOutput;
    private final Map<String, String> previous;
    private final Map<String, List<String>> previousTasks;
    private final Map<String, List<String>> currentTasks = new ConcurrentHashMap<>();
    private final Stamp.Stamps stamps;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Fingerprint.Accessors accessors = new Fingerprint.Accessors();
    private final LongAdder taken = new LongAdder();
    private final LongAdder made = new LongAdder();
    private final LongAdder unmade = new LongAdder();

    private Reuse(Path previousOutput, Map<String, String> previous, Map<String, List<String>> previousTasks, Stamp.Stamps stamps) {
        this.previousOutput = previousOutput;
        this.previous = previous;
        this.previousTasks = previousTasks;
        this.stamps = stamps;
    }

    /**
     * Reuse from the output a previous build of the same kind left, if it was completely applied;
     * otherwise render everything into a new folder (so a public build never replaces an internal
     * one file by file, or the other way round). Files made under other stamps have other
     * fingerprints, so they are rendered.
     */
    public static Reuse from(Path previousOutput, Stamp.Stamps stamps) throws IOException {
        if (Files.exists(previousOutput.resolve(APPLYING))) return nothing(stamps);
        Map<String, String> previous = read(previousOutput.resolve(MANIFEST), stamps.kind());
        if (previous.isEmpty()) return nothing(stamps);
        return new Reuse(previousOutput, previous, readTasks(previousOutput.resolve(TASKS), stamps.kind()), stamps);
    }

    /** Renders everything (nothing to reuse) but still records a manifest. */
    public static Reuse nothing(Stamp.Stamps stamps) {
        return new Reuse(null, Map.of(), Map.of(), stamps);
    }

    /** Whether unchanged files stay in the previous output and the rest is applied to it in place. */
    public boolean inPlace() {
        return previousOutput != null;
    }

    /** A fresh fingerprint for one page or other site file, starting from the site's stamp (one per thread). */
    public Fingerprint pageFingerprint() {
        return new Fingerprint(accessors).add(stamps.site());
    }

    /** A fresh fingerprint for one bulletin, starting from the bulletins' stamp (one per thread). */
    public Fingerprint bulletinFingerprint() {
        return new Fingerprint(accessors).add(stamps.bulletins());
    }

    /**
     * Whether the previous output's file at {@code path} was made from the same things and is
     * still there, so it can stay; if not, the caller renders it. Either way the fingerprint goes
     * into the new manifest.
     */
    public boolean take(String path, String fingerprint) {
        if (fingerprint.equals(previous.get(path)) && keep(path)) {
            taken.increment();
            return true;
        }
        current.put(path, fingerprint);
        return false;
    }

    /**
     * Keeps a file of the previous output that this build does not write at all (because what it
     * is made from did not change); false if the previous build did not have it or it is gone.
     */
    public boolean keep(String path) {
        String fingerprint = previous.get(path);
        if (previousOutput == null || fingerprint == null || !Files.isRegularFile(previousOutput.resolve(path))) return false;
        current.put(path, fingerprint);
        return true;
    }

    /** The previous output's file at {@code path}, when there is a previous output to keep files from. */
    public Optional<Path> previous(String path) {
        return Optional.ofNullable(previousOutput).map(p -> p.resolve(path));
    }

    /**
     * Keeps every file a page task with this key of its inputs made in the previous build, and
     * returns them; empty when the previous build had no task with this key or a file is gone (the
     * caller then makes the task, which records its files again).
     */
    public Optional<List<String>> keepTask(String key) {
        List<String> files = previousTasks.get(key);
        if (files == null) return Optional.empty();
        for (String file : files) {
            if (!keep(file)) return Optional.empty();
        }
        taken.add(files.size());
        unmade.add(files.size());
        currentTasks.put(key, files);
        return Optional.of(files);
    }

    /** Records the files a page task with this key of its inputs made. */
    public void madeTask(String key, List<String> files) {
        currentTasks.put(key, List.copyOf(files));
    }

    /** The bytes of the previous output's file at {@code path}, if they are what the previous build recorded writing there. */
    public Optional<byte[]> intact(String path) throws IOException {
        Optional<Path> file = previous(path);
        String recorded = previous.get(path);
        if (file.isEmpty() || recorded == null || !Files.isRegularFile(file.get())) return Optional.empty();
        byte[] bytes = Files.readAllBytes(file.get());
        return recorded.equals(new Fingerprint(accessors).add(bytes).hex()) ? Optional.of(bytes) : Optional.empty();
    }

    /** The fingerprint the previous build recorded for a file, if any. */
    public Optional<String> previousFingerprint(String path) {
        return Optional.ofNullable(previous.get(path));
    }

    /** Counts a file that was rendered afresh. */
    public void rendered() {
        made.increment();
    }

    /** Records a file every build writes (feeds, sitemap, articles …), by the digest of its bytes, which it returns. */
    public String written(String path, Path file) throws IOException {
        String fingerprint = new Fingerprint(accessors).add(Files.readAllBytes(file)).hex();
        current.put(path, fingerprint);
        return fingerprint;
    }

    /** How many files were taken from the previous output, and how many rendered. */
    public long taken() {
        return taken.sum();
    }

    /** How many of the files taken were pages kept by their task's unchanged inputs ({@link #keepTask}). */
    public long keptUnmade() {
        return unmade.sum();
    }

    public long renderedCount() {
        return made.sum();
    }

    /** Writes the manifest of the new output, sorted by path so the same build gives the same bytes. */
    public void writeManifest(Path output) throws IOException {
        Path file = output.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        Path tasksTemporary = output.resolve(TASKS + ".new");
        // the two files are written side by side; the tasks take their place first, the manifest last
        ForkJoinTask<?> tasksWritten = ForkJoinPool.commonPool().submit(() -> {
            StringBuilder tasks = new StringBuilder(TASKS_HEADER).append(", ").append(stamps.kind()).append('\n');
            for (String key : sorted(currentTasks.keySet())) tasks.append(key).append('\t').append(String.join("\t", currentTasks.get(key))).append('\n');
            try {
                Files.writeString(tasksTemporary, tasks, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        StringBuilder sb = new StringBuilder(HEADER).append(", ").append(stamps.kind()).append('\n');
        for (String path : sorted(current.keySet())) sb.append(current.get(path)).append('\t').append(path).append('\n');
        Path temporary = file.resolveSibling("manifest.tsv.new");
        Files.writeString(temporary, sb, StandardCharsets.UTF_8);
        try {
            tasksWritten.join();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(tasksTemporary, output.resolve(TASKS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Keys in their natural order, sorted on every core: a national manifest lists 180,000 files. */
    private static String[] sorted(java.util.Set<String> keys) {
        String[] out = keys.toArray(String[]::new);
        java.util.Arrays.parallelSort(out);
        return out;
    }

    /**
     * Whether to apply in place (rename each rendered file into {@code output/}) rather than
     * complete the staging folder with hard links to the kept files and swap it in by two renames.
     * In place touches only what was rendered, so it wins while fewer files were rendered than
     * kept. After a program or template change (everything rendered) both cost about a minute
     * nationally on this disk (renaming 180,000 files into place 63 s; deleting the old output after
     * the swap 65 s), but the swap replaces the output at once, where an apply that long outlasts
     * the 60 s the JVM's shutdown waits for it on Ctrl-C.
     */
    public boolean applyInPlace() {
        return inPlace() && made.sum() <= taken.sum();
    }

    /**
     * Completes {@code staging} into a whole new output: hard-links into it every file this build
     * kept from the previous output (copies it where links cannot be made), then writes the
     * manifest. The previous output is untouched until the caller swaps the folders.
     */
    public void completeStaging(Path staging) throws IOException {
        if (!inPlace()) throw new IllegalStateException("nothing was kept: the staging folder is already whole");
        java.util.Set<Path> folders = new java.util.HashSet<>();
        for (String path : sorted(current.keySet())) {
            Path target = staging.resolve(path);
            if (Files.exists(target)) continue;
            if (folders.add(target.getParent())) Files.createDirectories(target.getParent());
            Path kept = previousOutput.resolve(path);
            try {
                Files.createLink(target, kept);
            } catch (UnsupportedOperationException | IOException cannotLink) {
                Files.copy(kept, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        writeManifest(staging);
    }

    /**
     * Applies what was rendered into {@code staging} to {@code output} in place (see the class
     * comment); the caller removes what is left of {@code staging}.
     */
    public void apply(Path staging, Path output) throws IOException {
        if (!inPlace()) throw new IllegalStateException("nothing to apply to: the build renders a whole new output");
        CountDownLatch applied = new CountDownLatch(1);
        Thread waitForApply = new Thread(() -> {
            try {
                applied.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "luanchuyen: finish applying the build");
        Runtime.getRuntime().addShutdownHook(waitForApply);
        try {
            Path marker = output.resolve(APPLYING);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "a build is being applied to this folder; if this file stays, the next build renders everything\n",
                    StandardCharsets.UTF_8);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(staging)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                String path = relative(staging, f);
                Path target = output.resolve(path);
                String fingerprint = current.get(path);
                if (fingerprint != null && fingerprint.equals(previous.get(path)) && Files.isRegularFile(target)) continue; // same bytes
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (String gone : previous.keySet()) {
                if (!current.containsKey(gone)) delete(output, gone);
            }
            writeManifest(output);
            Files.delete(marker);
        } finally {
            applied.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(waitForApply);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and returns now that the apply is over
            }
        }
    }

    /** Deletes a file the new build does not have, and the folders it leaves empty. */
    private static void delete(Path output, String path) throws IOException {
        Path file = output.resolve(path);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(output) && dir.startsWith(output); dir = dir.getParent()) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) break;
            }
            Files.delete(dir);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The previous page tasks, if of this format and kind of build. */
    private static Map<String, List<String>> readTasks(Path file, String kind) throws IOException {
        if (!Files.isRegularFile(file)) return Map.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(TASKS_HEADER + ", " + kind)) return Map.of();
        Map<String, List<String>> out = new java.util.HashMap<>(lines.size() * 2);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length > 1) out.put(parts[0], List.of(parts).subList(1, parts.length));
        }
        return out;
    }

    /** The previous manifest, if it is of this format and from the same kind of build (public or internal). */
    private static Map<String, String> read(Path manifest, String kind) throws IOException {
        if (!Files.isRegularFile(manifest)) return Map.of();
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + ", " + kind)) return Map.of();
        Map<String, String> out = new java.util.HashMap<>(lines.size() * 2);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) out.put(line.substring(tab + 1), line.substring(0, tab));
        }
        return out;
    }
}
