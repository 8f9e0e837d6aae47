package vn.luanchuyen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark on a small generated dataset: every step runs and says what it did; repeated rebuilds are summed up. */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void rebuildsAfterEachOfSeveralEditsAndGivesTheirMedian() throws Exception {
        StringWriter text = new StringWriter();
        new Benchmark(dir, Path.of("templates"), new PrintWriter(text)).run(12, false, 3, NationalGenerator.Scenario.THREE_TIERS);
        List<String> lines = text.toString().lines().toList();

        assertThat(lines).filteredOn(l -> l.startsWith("check ")).singleElement().asString().contains("0 diagnostics");
        assertThat(lines).filteredOn(l -> l.startsWith("full build ")).singleElement().asString().contains("ok: ");
        List<String> rebuilds = lines.stream().filter(l -> l.matches("rebuild \\d after one edit .*")).toList();
        assertThat(rebuilds).hasSize(3).allSatisfy(l -> assertThat(l).contains("ok: ").contains("rendered").doesNotContain("FAILED"));
        // each edit renamed the same cadre once more, and each rebuild rendered that cadre's page again
        assertThat(Files.readString(dir.resolve("data/cadres/cb-1.yaml"))).containsPattern("name: .* Mới Mới Mới\\n");
        assertThat(rebuilds).allSatisfy(l -> assertThat(rendered(l)).isPositive());
        // each build's phases, each with the collector's pauses within it (never more than the phase took) and the
        // processor time of the process meanwhile (at most every core busy the whole phase, and some for the builds)
        List<String> phases = lines.stream().filter(l -> l.startsWith("  ")).toList();
        assertThat(phases).anySatisfy(l -> assertThat(l).startsWith("  bulletins "));
        int cores = Runtime.getRuntime().availableProcessors();
        double cpu = 0;
        for (String l : phases) {
            Matcher m = Pattern.compile("^  .+? +(\\d+\\.\\d\\d) s   gc pauses +(\\d+\\.\\d\\d) s   cpu +(\\d+\\.\\d\\d) s$").matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            double wall = Double.parseDouble(m.group(1));
            assertThat(Double.parseDouble(m.group(2))).as(l).isLessThanOrEqualTo(wall + 0.01);
            assertThat(Double.parseDouble(m.group(3))).as(l).isLessThanOrEqualTo(cores * wall + 0.05);
            cpu += Double.parseDouble(m.group(3));
        }
        assertThat(cpu).isPositive();

        double[] seconds = rebuilds.stream().mapToDouble(l -> Double.parseDouble(l.split("\\s+")[5])).sorted().toArray();
        String summary = lines.stream().filter(l -> l.startsWith("rebuilds ")).findFirst().orElseThrow();
        assertThat(summary).contains("median of 3");
        double median = Double.parseDouble(summary.split("\\s+")[1]);
        assertThat(median).isCloseTo(seconds[1], org.assertj.core.data.Offset.offset(0.005));
        assertThat(summary).contains(String.format(java.util.Locale.ROOT, "%.2f–%.2f s", seconds[0], seconds[2]));
    }

    private static long rendered(String line) {
        Matcher m = Pattern.compile("ok: (\\d+) rendered").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The temporary folder the command generates into is removed when the run fails as when it succeeds. */
    @Test
    void theCommandRemovesItsFolderWhenTheRunFails() throws Exception {
        Path project = dir.resolve("empty-templates");
        Files.createDirectories(project.resolve("templates"));
        java.util.Set<Path> before = benchFolders();
        int exit = vn.luanchuyen.cli.Main.run("bench", "--project", project.toString(), "--communes", "2");
        assertThat(exit).as("the build finds no template in templates/").isNotEqualTo(vn.luanchuyen.cli.Main.OK);
        assertThat(benchFolders()).as("benchmark folders left in %s", System.getProperty("java.io.tmpdir")).isSubsetOf(before);
        // without templates/ at all it stops before generating anything
        assertThat(vn.luanchuyen.cli.Main.run("bench", "--project", dir.resolve("nothing").toString(), "--communes", "2"))
                .isNotEqualTo(vn.luanchuyen.cli.Main.OK);
        assertThat(benchFolders()).isSubsetOf(before);
    }

    private static java.util.Set<Path> benchFolders() throws java.io.IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("luanchuyen-bench")).collect(java.util.stream.Collectors.toSet());
        }
    }
}
