package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing a build at any moment leaves the previous output/ whole; the next build works. */
class KillBuildIT {
    private static final Path LAUNCHER = Path.of("luanchuyen").toAbsolutePath();

    private static Process start(Path project) throws IOException {
        return new ProcessBuilder(LAUNCHER.toString(), "build").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Map<String, Long> snapshot(Path output) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(p).toString(), Files.size(p) ^ java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void killingABuildMidwayLeavesThePreviousOutputWhole(@TempDir Path dir) throws Exception {
        for (String folder : new String[] {"data", "content", "templates"}) {
            vn.luanchuyen.TestProject.copyTree(Path.of(folder), dir.resolve(folder));
        }
        assertThat(start(dir).waitFor(120, TimeUnit.SECONDS)).isTrue();
        Map<String, Long> before = snapshot(dir.resolve("output"));
        assertThat(before).containsKey("index.html");

        int killedWhileStaging = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            Process p = start(dir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(dir.resolve("output.staging")) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(attempt * 40L);
            boolean staging = Files.exists(dir.resolve("output.staging"));
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (staging) killedWhileStaging++;
            assertThat(snapshot(dir.resolve("output"))).as("attempt %d", attempt).isEqualTo(before);
        }
        assertThat(killedWhileStaging).as("the kill landed while the build was writing").isPositive();

        Process again = start(dir);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(snapshot(dir.resolve("output"))).isEqualTo(before);
        assertThat(dir.resolve("output.staging")).doesNotExist();
    }
}
