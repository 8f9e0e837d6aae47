package vn.luanchuyen.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.build.ProcessMemory;

/**
 * Generates a national-scale dataset into a folder, then measures, one line per phase: check,
 * a full build, and a rebuild after editing one cadre file; each with seconds, pages per second
 * and the most heap in use at once so far in the run ({@link HeapPeak}).
 */
public final class Benchmark {
    private final Path dir;
    private final Path templates;
    private final PrintWriter out;
    private final int bulletinsFrom;

    public Benchmark(Path dir, Path templates, PrintWriter out) {
        this(dir, templates, out, 0);
    }

    private Benchmark(Path dir, Path templates, PrintWriter out, int bulletinsFrom) {
        this.dir = dir;
        this.templates = templates;
        this.out = out;
        this.bulletinsFrom = bulletinsFrom;
    }

    /**
     * The same benchmark with the generated project's bulletins made from {@code year} on
     * ({@code years.from} in its bulletin.properties), as a board that starts publishing that year.
     */
    public Benchmark withBulletinsFrom(int year) {
        return new Benchmark(dir, templates, out, year);
    }

    /**
     * Generates {@code communes} communes of the country of {@code scenario} (with or without the
     * 2025 reform), checks them, builds them, then edits one cadre file and rebuilds {@code rebuilds}
     * times in the same process, each edit a new name; with more than one, a last line gives the
     * median and the range of the rebuilds (this machine's noise is 10–20% from one run to the next).
     * With {@code compare}, also the references in the same run: the floor (writing the bytes of our
     * output afresh), Hugo on as many Markdown pages as our site has (when installed), and JBake's
     * own content path on 1,000 Markdown posts.
     */
    public void run(int communes, boolean compare, int rebuilds, NationalGenerator.Scenario scenario) throws IOException {
        if (rebuilds < 1) throw new IllegalArgumentException("rebuilds must be 1 or more: " + rebuilds);
        try (HeapPeak heap = new HeapPeak()) {
            run(communes, compare, rebuilds, scenario, heap);
        }
    }

    private void run(int communes, boolean compare, int rebuilds, NationalGenerator.Scenario scenario, HeapPeak heap) throws IOException {
        long total = System.nanoTime();
        long t = System.nanoTime();
        NationalGenerator.Summary s = new NationalGenerator(42).write(dir, communes, scenario);
        copy(templates, dir.resolve("templates"));
        if (bulletinsFrom != 0) {
            Files.writeString(dir.resolve("templates/bulletin/bulletin.properties"), "\nyears.from = " + bulletinsFrom + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND); // the last of a key's lines is the one read
        }
        Files.createDirectories(dir.resolve("content"));
        line(heap, "generate", t, 0, s.communes() + " xã, " + s.districts() + " huyện, " + s.provinces() + " tỉnh, " + s.cadres()
                + " cán bộ, " + s.tenures() + " chức vụ" + (s.communesAfter() == 0 ? ""
                : "; từ 1/7/2025: " + s.communesAfter() + " xã mới, " + s.provincesAfter() + " tỉnh")
                + (bulletinsFrom == 0 ? "" : "; bản tin từ năm " + bulletinsFrom));
        t = System.nanoTime();
        Checked checked = Checked.of(dir);
        line(heap, "check", t, 0, checked.diagnostics().size() + " diagnostics");
        t = System.nanoTime();
        // one process building twice, as the preview server does: the rebuild parses only the edited file again, and
        // reads git no more (nothing was committed)
        ProcessMemory memory = new ProcessMemory();
        Build.Result full = new Build(BuildContext.of(dir, Lang.VI, false).withMemory(memory)).run();
        line(heap, "full build", t, full.files(), full.ok() ? "ok: " + full.rendered() + " pages and bulletins rendered" : "FAILED");
        phases(full);
        Path cadre = dir.resolve("data/cadres/cb-1.yaml");
        int pages = full.files();
        double[] seconds = new double[rebuilds];
        for (int i = 0; i < rebuilds; i++) {
            Files.writeString(cadre, Files.readString(cadre, StandardCharsets.UTF_8).replaceFirst("name: ([^\n]+)", "name: $1 Mới"),
                    StandardCharsets.UTF_8);
            t = System.nanoTime();
            Build.Result again = new Build(BuildContext.of(dir, Lang.VI, false).withMemory(memory)).run();
            seconds[i] = (System.nanoTime() - t) / 1e9;
            line(heap, rebuilds == 1 ? "rebuild after one edit" : "rebuild " + (i + 1) + " after one edit", seconds[i], again.files(), again.ok()
                    ? "ok: " + again.rendered() + " rendered, " + again.reused() + " taken unchanged from the previous output ("
                    + again.unmade() + " pages not even made)" : "FAILED");
            phases(again);
            pages += again.files();
        }
        if (rebuilds > 1) {
            double[] sorted = seconds.clone();
            java.util.Arrays.sort(sorted);
            double median = rebuilds % 2 == 1 ? sorted[rebuilds / 2] : (sorted[rebuilds / 2 - 1] + sorted[rebuilds / 2]) / 2;
            out.printf(Locale.ROOT, "%-24s %8.2f s  (median of %d; %.2f–%.2f s)%n", "rebuilds", median, rebuilds, sorted[0],
                    sorted[rebuilds - 1]);
        }
        line(heap, "total", total, pages, "");
        if (compare) compare(full.files(), heap);
        out.flush();
    }

    /**
     * Renders every bulletin of the project at {@code root} (the sample data by default) {@code
     * rounds} times in one JVM on every core, fresh each time (nothing reused), and prints each
     * round's bulletins and PDF pages per second: the first round is cold, the later ones warm.
     */
    public void bulletins(Path root, int rounds) throws IOException {
        Checked checked = Checked.of(root);
        if (checked.hasErrors()) throw new IOException("the data at " + root + " has errors: run check");
        for (int r = 1; r <= rounds; r++) {
            Path into = dir.resolve("round-" + r);
            long t = System.nanoTime();
            var specs = vn.luanchuyen.bulletin.BulletinWriter.writeAll(root, false, vn.luanchuyen.bulletin.DataVersion.none(), checked.data(), into,
                    Runtime.getRuntime().availableProcessors());
            double seconds = (System.nanoTime() - t) / 1e9;
            int pages = 0;
            for (var spec : specs) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(into.resolve(spec.fileName()).toFile())) {
                    pages += pdf.getNumberOfPages();
                }
            }
            out.printf(Locale.ROOT, "bulletins, round %-2d %8.2f s  %6.1f bulletins/s  %6.1f PDF pages/s  (%d bulletins, %d pages)%n",
                    r, seconds, specs.size() / seconds, pages / seconds, specs.size(), pages);
            out.flush();
        }
    }

    private void compare(int pages, HeapPeak heap) throws IOException {
        Path refs = dir.resolve("comparison");
        long t = System.nanoTime();
        double floor = Comparison.floor(dir.resolve("output"), refs.resolve("floor"));
        line(heap, "floor: write our output", t, 0, String.format(Locale.ROOT, "%.2f s to write the same bytes afresh", floor));
        t = System.nanoTime();
        try {
            double hugo = Comparison.hugo(pages, refs.resolve("hugo"));
            line(heap, "hugo: same page count", t, 0, hugo < 0 ? "hugo is not installed (apt-get install hugo)"
                    : String.format(Locale.ROOT, "%.2f s for %,d Markdown pages (%,.0f pages/s)", hugo, pages, pages / hugo));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        t = System.nanoTime();
        double jbake = Comparison.jbake(1000, refs.resolve("jbake"), templates);
        line(heap, "jbake: 1,000 posts", t, 0, String.format(Locale.ROOT, "%.2f s for 1,000 Markdown posts (%,.0f posts/s)", jbake, 1000 / jbake));
    }

    private void phases(Build.Result r) {
        r.phases().forEach(p -> out.printf(Locale.ROOT, "  %-40s %8.2f s   gc pauses %6.2f s   cpu %6.2f s%n", p.name(), p.seconds(), p.gcSeconds(),
                p.cpuSeconds()));
        out.flush();
    }

    private void line(HeapPeak heap, String phase, long start, int pages, String note) {
        line(heap, phase, (System.nanoTime() - start) / 1e9, pages, note);
    }

    private void line(HeapPeak heap, String phase, double seconds, int pages, String note) {
        String rate = pages > 0 ? String.format(Locale.ROOT, "%,.0f pages/s", pages / seconds) : "-";
        out.printf(Locale.ROOT, "%-24s %8.2f s  %14s  peak heap %,6d MB  %s%n", phase, seconds, rate, heap.bytes() / (1024 * 1024), note);
        out.flush();
    }

    /** Copies a folder tree (the templates into a generated project). */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
