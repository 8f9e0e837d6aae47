package vn.luanchuyen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.bench.Benchmark;
import vn.luanchuyen.bench.NationalGenerator.Scenario;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a synthetic dataset of N communes in a temporary folder, then times check, a full build and a"
                + " rebuild after editing one cadre file: seconds, pages/s and peak heap per phase.",
        footer = {"", "Examples:", "  ./luanchuyen bench --communes 1000", "  ./luanchuyen bench --communes 1000 --compare", "  ./luanchuyen bench --communes 1000 --rebuilds 5", "  ./luanchuyen bench --communes 10600 --reform", "  ./luanchuyen bench --communes 10600 --reform --bulletins-from 2025", "  ./luanchuyen bench --bulletins 6", "  ./luanchuyen bench --communes 10600 --keep /tmp/national"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--communes", defaultValue = "1000", description = "How many communes (the country had about 10,600).")
    int communes;

    @Option(names = "--reform", description = "Generate the country through the reform of 1 July 2025 too: provinces merged"
            + " (34 of every 63 left), communes merged three or four into one under the province, their key posts filled by transfer.")
    boolean reform;

    @Option(names = "--keep", description = "Generate into this folder and keep it (default: a temporary folder, deleted).")
    Path keep;

    @Option(names = "--compare", description = "Also measure, in the same run: writing our output's bytes afresh (the floor),"
            + " Hugo on as many Markdown pages (if installed: apt-get install hugo) and JBake's own content path on 1,000 posts.")
    boolean compare;

    @Option(names = "--rebuilds", defaultValue = "1", paramLabel = "N", description = "Edit one cadre file and rebuild N times"
            + " in the same process, then print the median and range of the rebuilds (default: ${DEFAULT-VALUE}).")
    int rebuilds;

    @Option(names = "--bulletins", paramLabel = "ROUNDS", description = "Instead: render every bulletin of this project's data"
            + " ROUNDS times in one JVM (the first round cold, the others warm) and print bulletins and PDF pages per second.")
    Integer bulletinRounds;

    @Option(names = "--bulletins-from", paramLabel = "YEAR", description = "Make the generated project's bulletins from YEAR on"
            + " (years.from in its bulletin.properties), as a board that starts publishing that year: --bulletins-from 2025 gives one"
            + " per district and province, about 740 for the country.")
    Integer bulletinsFrom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rebuilds < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rebuilds must be 1 or more, not " + rebuilds);
        Path templates = options.root().resolve("templates");
        if (!Files.isDirectory(templates)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "bench renders with a project's templates, and "
                    + templates.toAbsolutePath().normalize() + " is not a folder: run it in the project folder or give --project");
        }
        Path dir = keep != null ? keep : Files.createTempDirectory("luanchuyen-bench");
        // a national run leaves about 3.6 GB there (its data and output): removed however the run ends, failed or stopped with Ctrl-C
        Thread removal = new Thread(() -> removeWhileWritten(dir), "luanchuyen: remove the benchmark's folder");
        if (keep == null) Runtime.getRuntime().addShutdownHook(removal);
        try {
            Benchmark bench = new Benchmark(dir, templates, spec.commandLine().getOut());
            if (bulletinsFrom != null) bench = bench.withBulletinsFrom(bulletinsFrom);
            if (bulletinRounds != null) bench.bulletins(options.root(), bulletinRounds);
            else bench.run(communes, compare, rebuilds, reform ? Scenario.REFORM : Scenario.THREE_TIERS);
        } finally {
            if (keep == null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(removal);
                    remove(dir);
                } catch (IllegalStateException shuttingDown) {
                    // stopped: the hook removes the folder
                }
            }
        }
        return Main.OK;
    }

    /** On the way out the build may still be writing into the folder (hooks run beside it): removed again until it stays gone. */
    private static void removeWhileWritten(Path dir) {
        for (int attempt = 0; attempt < 20 && Files.exists(dir); attempt++) remove(dir);
    }

    private static void remove(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException gone) {
            // already removed, or partly: nothing else to do with a temporary folder
        }
    }
}
