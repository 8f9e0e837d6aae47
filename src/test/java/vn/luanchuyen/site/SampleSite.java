package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Messages;

/**
 * The repository's sample project ({@code data/}, {@code content/}, {@code templates/}) copied
 * into a temporary folder, changed there if a test wants, and built with the real {@link Build}.
 * The repository's own {@code output/} is never touched.
 *
 * <pre>{@code
 * try (SampleSite s = SampleSite.copy()) {
 *     Path out = s.write("data/cadres/x.yaml", "...").build();
 * }
 * }</pre>
 */
final class SampleSite implements AutoCloseable {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private final Path root;

    private SampleSite(Path root) {
        this.root = root;
    }

    /** A fresh copy of the sample project. */
    static SampleSite copy() throws IOException {
        Path root = Files.createTempDirectory("luanchuyen-site-test");
        for (String dir : List.of("data", "content", "templates")) vn.luanchuyen.TestProject.copyTree(REPO.resolve(dir), root.resolve(dir));
        return new SampleSite(root);
    }

    Path root() {
        return root;
    }

    /** Writes (or overwrites) a file of the copy. */
    SampleSite write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    /** Replaces one exact text in a file of the copy; fails when the text is not there. */
    SampleSite replace(String path, String from, String to) throws IOException {
        Path file = root.resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s holds the text to replace", path).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return this;
    }

    /** Builds the public site; fails with every diagnostic when the data does not check. */
    Path build() throws IOException {
        return build(false);
    }

    /** Builds the site, public or internal, into {@code output/} of the copy and returns that folder. */
    Path build(boolean internal) throws IOException {
        Build.Result result = new Build(BuildContext.of(root, Lang.VI, internal)).run();
        Messages en = new Messages(Lang.EN);
        assertThat(result.ok())
                .as("the build checks cleanly:%n%s", result.checked().diagnostics().stream()
                        .map(d -> d.format(en)).collect(Collectors.joining("\n")))
                .isTrue();
        return root.resolve("output");
    }

    /**
     * Builds the public site in a new JVM through the command line ({@code build}), with extra JVM
     * options (another time zone or locale): what one JVM cannot show, such as the order of
     * {@code Map.of} or {@code Set.of}, which changes from one JVM to the next.
     */
    Path buildInNewJvm(String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("vn.luanchuyen.cli.Main", "build"));
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the build ends").isTrue();
        assertThat(p.exitValue()).as("build in a new JVM:%n%s", log).isZero();
        return root.resolve("output");
    }

    @Override
    public void close() throws IOException {
        deleteTree(root);
    }

    /** Every file under a folder, as sorted paths relative to it with "/" separators. */
    static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .html} file under a folder, relative and sorted. */
    static List<String> htmlFiles(Path dir) {
        return files(dir).stream().filter(f -> f.endsWith(".html")).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(Path file) {
        return Jsoup.parse(read(file), file.toUri().toString());
    }


    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
