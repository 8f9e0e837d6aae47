package vn.luanchuyen.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Lang;

/**
 * Generates a national-scale dataset into a folder, then measures, one line per phase: check,
 * a full build, and a rebuild after editing one cadre file; each with seconds, pages per second
 * and the peak heap so far.
 */
public final class Benchmark {
    private final Path dir;
    private final Path templates;
    private final PrintWriter out;

    public Benchmark(Path dir, Path templates, PrintWriter out) {
        this.dir = dir;
        this.templates = templates;
        this.out = out;
    }

    public void run(int communes) throws IOException {
        long total = System.nanoTime();
        long t = System.nanoTime();
        NationalGenerator.Summary s = new NationalGenerator(42).write(dir, communes);
        copy(templates, dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        line("generate", t, 0, s.communes() + " xã, " + s.districts() + " huyện, " + s.provinces() + " tỉnh, " + s.cadres()
                + " cán bộ, " + s.tenures() + " chức vụ");
        t = System.nanoTime();
        Checked checked = Checked.of(dir);
        line("check", t, 0, checked.diagnostics().size() + " diagnostics");
        t = System.nanoTime();
        Build.Result full = new Build(BuildContext.of(dir, Lang.VI, false)).run();
        line("full build", t, full.files(), full.ok() ? "ok: " + full.rendered() + " pages and bulletins rendered" : "FAILED");
        phases(full);
        Path cadre = dir.resolve("data/cadres/cb-1.yaml");
        Files.writeString(cadre, Files.readString(cadre, StandardCharsets.UTF_8).replaceFirst("name: ([^\n]+)", "name: $1 Mới"),
                StandardCharsets.UTF_8);
        t = System.nanoTime();
        Build.Result again = new Build(BuildContext.of(dir, Lang.VI, false)).run();
        line("rebuild after one edit", t, again.files(), again.ok() ? "ok: " + again.rendered() + " rendered, " + again.reused()
                + " taken unchanged from the previous output" : "FAILED");
        phases(again);
        line("total", total, full.files() + again.files(), "");
        out.flush();
    }

    private void phases(Build.Result r) {
        r.phases().forEach(p -> out.printf(Locale.ROOT, "  %-22s %8.2f s%n", p.name(), p.seconds()));
        out.flush();
    }

    private void line(String phase, long start, int pages, String note) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String rate = pages > 0 ? String.format(Locale.ROOT, "%,.0f pages/s", pages / seconds) : "-";
        out.printf(Locale.ROOT, "%-24s %8.2f s  %14s  peak heap %,6d MB  %s%n", phase, seconds, rate, peakHeapMb(), note);
        out.flush();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024 * 1024);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
