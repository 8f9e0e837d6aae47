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
 * are deleted, and the manifest is brought up to date last: its changes (and those of the page
 * tasks) are appended to {@value #CHANGES}, and the two are written whole again only once the
 * changes grow past a tenth of them, or when a build replaces the output whole. A marker ({@value #APPLYING}) is written first
 * and removed last, and the JVM's shutdown waits for the apply to finish, so an interrupted build
 * ({@code Ctrl-C}) still completes it; if the process is killed outright while applying, the
 * marker stays and the next build ignores the manifest and builds everything into a fresh
 * folder that replaces {@code output/} whole. Without a usable manifest everything is rendered
 * and swapped in whole; so is a build that rendered more files than it kept (its staging
 * folder is completed with hard links to the kept files, see {@link #applyInPlace}). Thread-safe.
 *
 * <pre>{@code
 * Reuse reuse = Reuse.from(root.resolve("output"), Stamp.of(templates, "public"));
 * String fingerprint = reuse.pageFingerprint().add(pageBytes).hex();
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
    /**
     * What changed in the manifest and the page tasks since they were last written whole: a
     * rebuild that keeps most files appends its few changes here instead of writing 180,000 lines
     * of each again (see {@link #recordChanges}).
     */
    public static final String CHANGES = ".luanchuyen/changes.tsv";
    private static final String HEADER = "# luanchuyen build manifest, format 2";
    private static final String TASKS_HEADER = "# luanchuyen page tasks, format 1";
    private static final String CHANGES_HEADER = "# luanchuyen build changes, format 1";
    private final Path previousOutput;
    /** The previous build's manifest and page tasks, with their orders ({@link Recorded}). */
    private final Recorded recorded;
    private final Memo memo;
    /** What this build records, sized for the previous build's count: filled from every core, they are not grown on the way. */
    private final Map<String, List<String>> currentTasks;
    private final Stamp.Stamps stamps;
    private final Map<String, String> current;
    /**
     * The paths and task keys this build recorded with what it worked out itself, not as the last
     * build recorded them: the only entries that can differ from the last build's, besides those it
     * no longer has ({@link #recordChanges}).
     */
    private final java.util.Set<String> fresh = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> freshTasks = ConcurrentHashMap.newKeySet();
    private final Fingerprint.Accessors accessors = new Fingerprint.Accessors();
    private final LongAdder taken = new LongAdder();
    private final LongAdder made = new LongAdder();
    private final LongAdder unmade = new LongAdder();

    /**
     * A manifest and its task list as the last build left them: each path's fingerprint and each
     * task's files, and how many changes were appended to them ({@value #CHANGES}) since they were
     * written whole; {@code appliedHere} when this process applied that build itself and nothing
     * rewrote the manifest since (kept in the memo), rather than read from the folder.
     */
    private record Recorded(Map<String, String> files, Map<String, List<String>> tasks, int changes, boolean appliedHere) {
        static final Recorded NONE = new Recorded(Map.of(), Map.of(), 0, false);
    }

    private Reuse(Path previousOutput, Recorded recorded, Stamp.Stamps stamps, Memo memo) {
        this.previousOutput = previousOutput;
        this.recorded = recorded;
        this.stamps = stamps;
        this.memo = memo;
        this.current = new ConcurrentHashMap<>(recorded.files().size() + 64);
        this.currentTasks = new ConcurrentHashMap<>(recorded.tasks().size() + 64);
    }

    /**
     * Reuse from the output a previous build of the same kind left, if it was completely applied;
     * otherwise render everything into a new folder (so a public build never replaces an internal
     * one file by file, or the other way round). Files made under other stamps have other
     * fingerprints, so they are rendered.
     */
    public static Reuse from(Path previousOutput, Stamp.Stamps stamps) throws IOException {
        return from(previousOutput, stamps, Memo.none());
    }

    /**
     * As {@link #from(Path, Stamp.Stamps)}; in a process that builds again and again, the manifest
     * and task list this process wrote last are taken from {@code memo} while their files on disk are
     * the ones it wrote (same size, modification time and identity), instead of reading 340,000 lines back.
     */
    public static Reuse from(Path previousOutput, Stamp.Stamps stamps, Memo memo) throws IOException {
        if (Files.exists(previousOutput.resolve(APPLYING))) return nothing(stamps, memo);
        Path manifest = previousOutput.resolve(MANIFEST);
        Path tasks = previousOutput.resolve(TASKS);
        Path changes = previousOutput.resolve(CHANGES);
        if (!Files.isRegularFile(manifest)) return nothing(stamps, memo);
        Recorded recorded = memo.get(MANIFEST, List.of(stamps.kind(), seen(manifest), seen(tasks), seen(changes)),
                () -> read(manifest, tasks, changes, stamps.kind()));
        if (recorded.files().isEmpty()) return nothing(stamps, memo);
        return new Reuse(previousOutput, recorded, stamps, memo);
    }

    /** Renders everything (nothing to reuse) but still records a manifest. */
    public static Reuse nothing(Stamp.Stamps stamps) {
        return nothing(stamps, Memo.none());
    }

    private static Reuse nothing(Stamp.Stamps stamps, Memo memo) {
        return new Reuse(null, Recorded.NONE, stamps, memo);
    }

    /** What tells a file on disk from another: its size, modification time and identity (inode); "-" if there is none. */
    private static String seen(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return "-";
        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + a.fileKey();
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
        if (fingerprint.equals(recorded.files().get(path)) && keep(path)) {
            taken.increment();
            return true;
        }
        current.put(path, fingerprint);
        fresh.add(path);
        return false;
    }

    /**
     * Keeps a file of the previous output that this build does not write at all (because what it
     * is made from did not change); false if the previous build did not have it or it is gone.
     * Whether it is gone is asked of the file system only when the previous output was read from
     * the folder: a process that applied that output itself (the preview server) trusts it, as a
     * look at each of a country's 190,000 files took a tenth of each rebuild's processor time. A
     * file removed by hand while the server runs is made again by a build of another process, by
     * {@code build --fresh}, or once its inputs change.
     */
    public boolean keep(String path) {
        String fingerprint = recorded.files().get(path);
        if (previousOutput == null || fingerprint == null) return false;
        if (!recorded.appliedHere() && !Files.isRegularFile(previousOutput.resolve(path))) return false;
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
        List<String> files = recorded.tasks().get(key);
        return files != null && keepRecorded(key, files) ? Optional.of(files) : Optional.empty();
    }

    /**
     * As {@link #keepTask(String)}, when the caller knows the files the task made then (the
     * last build of this process told it): false, keeping nothing, unless the previous build had
     * a task with this key that made exactly these.
     */
    public boolean keepTask(String key, List<String> files) {
        List<String> recordedFiles = recorded.tasks().get(key);
        return recordedFiles != null && (recordedFiles == files || recordedFiles.equals(files)) && keepRecorded(key, recordedFiles);
    }

    /** Keeps the files the previous build recorded for the task with this key, if they are all still there. */
    private boolean keepRecorded(String key, List<String> recordedFiles) {
        for (String file : recordedFiles) {
            if (!keep(file)) return false;
        }
        taken.add(recordedFiles.size());
        unmade.add(recordedFiles.size());
        currentTasks.put(key, recordedFiles);
        return true;
    }

    /** Records the files a page task with this key of its inputs made. */
    public void madeTask(String key, List<String> files) {
        currentTasks.put(key, List.copyOf(files));
        freshTasks.add(key);
    }

    /** The bytes of the previous output's file at {@code path}, if they are what the previous build recorded writing there. */
    public Optional<byte[]> intact(String path) throws IOException {
        Optional<Path> file = previous(path);
        String fingerprint = recorded.files().get(path);
        if (file.isEmpty() || fingerprint == null || !Files.isRegularFile(file.get())) return Optional.empty();
        byte[] bytes = Files.readAllBytes(file.get());
        return fingerprint.equals(new Fingerprint(accessors).add(bytes).hex()) ? Optional.of(bytes) : Optional.empty();
    }

    /** The fingerprint the previous build recorded for a file, if any. */
    public Optional<String> previousFingerprint(String path) {
        return Optional.ofNullable(recorded.files().get(path));
    }

    /** Counts a file that was rendered afresh. */
    public void rendered() {
        made.increment();
    }

    /** Records a file every build writes (feeds, sitemap, articles …), by the digest of its bytes, which it returns. */
    public String written(String path, Path file) throws IOException {
        return written(path, Files.readAllBytes(file));
    }

    /** As {@link #written(String, Path)}, with the bytes just written there. */
    public String written(String path, byte[] bytes) {
        String fingerprint = new Fingerprint(accessors).add(bytes).hex();
        current.put(path, fingerprint);
        fresh.add(path);
        return fingerprint;
    }

    /**
     * Whether this process applied the previous output itself, the manifest still as it left it:
     * then the previous output's files are taken as they were written, without looking ({@link #keep}).
     */
    public boolean previousAppliedHere() {
        return recorded.appliedHere();
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

    /**
     * Writes the manifest of the new output whole, sorted by path so the same build gives the same
     * bytes, and its task list, and drops the changes appended to the previous ones; keeps both in
     * the memo for the next build of this process.
     */
    public void writeManifest(Path output) throws IOException {
        Path file = output.resolve(MANIFEST);
        Files.createDirectories(file.getParent());
        Path tasksTemporary = output.resolve(TASKS + ".new");
        // the two files are written side by side; the tasks take their place first, the manifest last
        ForkJoinTask<Void> tasksWritten = ForkJoinPool.commonPool().submit(() -> {
            String[] keys = currentTasks.keySet().toArray(String[]::new);
            java.util.Arrays.parallelSort(keys);
            StringBuilder tasks = new StringBuilder(TASKS_HEADER).append(", ").append(stamps.kind()).append('\n');
            for (String key : keys) tasks.append(key).append('\t').append(String.join("\t", currentTasks.get(key))).append('\n');
            try {
                Files.writeString(tasksTemporary, tasks, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        String[] paths = current.keySet().toArray(String[]::new);
        java.util.Arrays.parallelSort(paths);
        StringBuilder sb = new StringBuilder(HEADER).append(", ").append(stamps.kind()).append('\n');
        for (String path : paths) sb.append(current.get(path)).append('\t').append(path).append('\n');
        Path temporary = file.resolveSibling("manifest.tsv.new");
        Files.writeString(temporary, sb, StandardCharsets.UTF_8);
        try {
            tasksWritten.join();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.deleteIfExists(output.resolve(CHANGES));
        Files.move(tasksTemporary, output.resolve(TASKS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        remember(output, 0);
    }

    /**
     * Records this build in the output it was applied to: its changes to the manifest and the page
     * tasks are appended to {@value #CHANGES} (tens of lines after an edit, where the two files have
     * 180,000 and 160,000 lines nationally), unless the changes since they were written whole would grow
     * past a tenth of them, in which case both are written whole again.
     */
    private void recordChanges(Path output) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        // every entry kept as the last build recorded it is the same; only the fresh ones may differ
        fresh.forEach(path -> {
            String fingerprint = current.get(path);
            if (!fingerprint.equals(recorded.files().get(path))) lines.add("f\t" + fingerprint + "\t" + path);
        });
        if (gone(current, fresh, recorded.files())) {
            recorded.files().keySet().forEach(path -> {
                if (!current.containsKey(path)) lines.add("F\t" + path);
            });
        }
        freshTasks.forEach(key -> {
            List<String> files = currentTasks.get(key);
            if (!files.equals(recorded.tasks().get(key))) lines.add("t\t" + key + "\t" + String.join("\t", files));
        });
        if (gone(currentTasks, freshTasks, recorded.tasks())) {
            recorded.tasks().keySet().forEach(key -> {
                if (!currentTasks.containsKey(key)) lines.add("T\t" + key);
            });
        }
        if (lines.isEmpty()) {
            remember(output, recorded.changes());
            return;
        }
        int changes = recorded.changes() + lines.size();
        if (changes > Math.max(1000, (current.size() + currentTasks.size()) / 10)) {
            writeManifest(output);
            return;
        }
        lines.sort(null); // the same changes, the same bytes
        StringBuilder sb = new StringBuilder();
        if (recorded.changes() == 0) {
            sb.append(CHANGES_HEADER).append(", ").append(stamps.kind()).append(", bases ")
                    .append(Files.size(output.resolve(MANIFEST))).append(' ').append(Files.size(output.resolve(TASKS))).append('\n');
        }
        for (String line : lines) sb.append(line).append('\n');
        Path file = output.resolve(CHANGES);
        if (recorded.changes() == 0) Files.writeString(file, sb, StandardCharsets.UTF_8);
        else Files.writeString(file, sb, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        remember(output, changes);
    }

    /**
     * Whether some of the last build's entries may be missing from this build's: an entry that is
     * not fresh was kept, so it was the last build's too; with no fresh entry new, this build's
     * entries are some of the last build's, all of them when there are as many.
     */
    private static boolean gone(Map<String, ?> now, java.util.Set<String> freshNow, Map<String, ?> before) {
        return now.size() != before.size() || freshNow.stream().anyMatch(k -> !before.containsKey(k));
    }

    /** Keeps what this build recorded in {@code output} for the next build of this process, by what its files look like now. */
    private void remember(Path output, int changes) throws IOException {
        // this build adds nothing to either map from here on
        memo.put(MANIFEST, List.of(stamps.kind(), seen(output.resolve(MANIFEST)), seen(output.resolve(TASKS)), seen(output.resolve(CHANGES))),
                new Recorded(java.util.Collections.unmodifiableMap(current), java.util.Collections.unmodifiableMap(currentTasks), changes, true));
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
        for (String path : current.keySet()) {
            Path target = staging.resolve(path);
            if (Files.exists(target)) continue;
            Path kept = previousOutput.resolve(path);
            if (recorded.appliedHere() && !Files.exists(kept)) { // removed by hand since this process applied it (see keep)
                current.remove(path); // so the manifest does not name it, and the next build makes it again
                continue;
            }
            if (folders.add(target.getParent())) Files.createDirectories(target.getParent());
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
                if (fingerprint != null && fingerprint.equals(recorded.files().get(path)) && Files.isRegularFile(target)) continue; // same bytes
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            if (gone(current, fresh, recorded.files())) { // most rebuilds remove no file: 180,000 lookups spared
                for (String gone : recorded.files().keySet()) {
                    if (!current.containsKey(gone)) delete(output, gone);
                }
            }
            recordChanges(output);
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

    /**
     * The previous manifest and page tasks, if of this format and kind of build (no tasks without a
     * manifest), with the changes appended to them; none at all when the changes were appended to
     * other files than these (what the files' sizes tell), since the files alone would be out of date.
     */
    private static Recorded read(Path manifest, Path tasksFile, Path changesFile, String kind) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + ", " + kind)) return Recorded.NONE;
        Map<String, String> files = new java.util.HashMap<>(lines.size() * 2);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab > 0) files.put(line.substring(tab + 1), line.substring(0, tab));
        }
        Map<String, List<String>> tasks = new java.util.HashMap<>();
        List<String> taskLines = Files.isRegularFile(tasksFile) ? Files.readAllLines(tasksFile, StandardCharsets.UTF_8) : List.of();
        if (!taskLines.isEmpty() && taskLines.get(0).equals(TASKS_HEADER + ", " + kind)) {
            for (String line : taskLines.subList(1, taskLines.size())) {
                String[] parts = line.split("\t");
                if (parts.length > 1) tasks.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        if (!Files.isRegularFile(changesFile)) return new Recorded(files, tasks, 0, false);
        List<String> changes = Files.readAllLines(changesFile, StandardCharsets.UTF_8);
        String bases = CHANGES_HEADER + ", " + kind + ", bases " + Files.size(manifest) + " "
                + (Files.isRegularFile(tasksFile) ? Files.size(tasksFile) : -1);
        if (changes.isEmpty() || !changes.get(0).equals(bases)) return Recorded.NONE;
        for (String line : changes.subList(1, changes.size())) {
            String[] parts = line.split("\t");
            boolean whole = switch (parts[0]) {
                case "f" -> parts.length == 3;
                case "F", "T" -> parts.length == 2;
                case "t" -> parts.length >= 2;
                default -> false;
            };
            if (!whole) return Recorded.NONE; // a damaged line: nothing recorded can be trusted
            switch (parts[0]) {
                case "f" -> files.put(parts[2], parts[1]);
                case "F" -> files.remove(parts[1]);
                case "t" -> tasks.put(parts[1], List.of(parts).subList(2, parts.length));
                default -> tasks.remove(parts[1]);
            }
        }
        return new Recorded(files, tasks, changes.size() - 1, false);
    }

    /**
     * What a build recorded in {@code output}, as text: every path's fingerprint and every page
     * task's files, sorted, the appended changes taken in; empty without a manifest. Two outputs
     * with the same text record the same, however their files were written (for tests).
     */
    public static String recorded(Path output, String kind) throws IOException {
        Path manifest = output.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return "";
        Recorded r = read(manifest, output.resolve(TASKS), output.resolve(CHANGES), kind);
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(r.files()).forEach((path, fingerprint) -> sb.append(fingerprint).append('\t').append(path).append('\n'));
        new java.util.TreeMap<>(r.tasks()).forEach((key, files) -> sb.append(key).append('\t').append(String.join("\t", files)).append('\n'));
        return sb.toString();
    }
}
