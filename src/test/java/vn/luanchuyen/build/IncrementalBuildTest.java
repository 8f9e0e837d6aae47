package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.bench.NationalGenerator;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.reuse.Reuse;

/**
 * A rebuild after an edit takes unchanged pages and bulletins from the previous output and
 * renders the rest; the result must be byte for byte what a fresh build of the same files gives.
 * On a generated dataset of 30 communes (about 300 cadres, a few hundred pages, bulletins).
 */
class IncrementalBuildTest {
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private TestProject project;

    @BeforeEach
    void generate() throws IOException {
        project = TestProject.temporary();
        new NationalGenerator(7).write(project.root(), 30);
        TestProject.copyTree(TEMPLATES, project.root().resolve("templates"));
        Files.createDirectories(project.root().resolve("content"));
    }

    @AfterEach
    void remove() throws IOException {
        project.close();
    }

    private Build.Result build(Path output, boolean reuse) throws IOException {
        BuildContext context = new BuildContext(project.root(), output, Lang.VI, false);
        Build.Result r = new Build(reuse ? context : context.fresh()).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
        return r;
    }

    private Path output() {
        return project.root().resolve("output");
    }

    private void edit(String file, String regex, String replacement) throws IOException {
        Path p = project.root().resolve(file);
        String before = Files.readString(p, StandardCharsets.UTF_8);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("edit of " + file).isNotEqualTo(before);
        Files.writeString(p, after, StandardCharsets.UTF_8);
    }

    @Test
    void aSecondBuildOfTheSameFilesRendersNothing() throws IOException {
        Build.Result first = build(output(), true);
        Build.Result second = build(output(), true);
        assertThat(first.reused()).isZero();
        assertThat(second.rendered()).isZero();
        assertThat(second.reused()).isEqualTo(first.rendered()).isGreaterThan(300);
    }

    @Test
    void aRenamedCadreRerendersOnlyThePagesThatShowTheNameAndMatchesAFreshBuild() throws IOException {
        Build.Result first = build(output(), true);
        Map<String, Object> inodes = inodes(output());
        edit("data/cadres/cb-1.yaml", "name: ([^\n]+)", "name: $1 Thử");

        Build.Result again = build(output(), true);
        assertThat(again.rendered()).isPositive().isLessThan(first.rendered() / 10);
        assertThat(again.reused() + again.rendered()).isEqualTo(first.rendered());

        List<String> rerendered = new ArrayList<>();
        Map<String, Object> now = inodes(output());
        for (String path : manifestPaths(output())) {
            if (!now.get(path).equals(inodes.get(path))) rerendered.add(path);
        }
        assertThat(rerendered).hasSize((int) again.rendered()).contains("can-bo/cb-1/index.html");
        for (String path : rerendered) {
            if (path.endsWith(".html")) {
                assertThat(Files.readString(output().resolve(path), StandardCharsets.UTF_8)).as(path).contains(" Thử");
            }
        }

        Path fresh = project.root().resolve("fresh");
        build(fresh, false);
        assertSameTree(output(), fresh);
    }

    @Test
    void aShiftedTenureChangesMovesListingsAndStillMatchesAFreshBuild() throws IOException {
        build(output(), true);
        // cb-1's second post now begins a year earlier: its move changes year, so listings by year re-paginate
        Path cadre = project.root().resolve("data/cadres/cb-1.yaml");
        String text = Files.readString(cadre, StandardCharsets.UTF_8);
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("to: (\\d{4})-06-30").matcher(text);
        assertThat(end.find()).isTrue();
        int year = Integer.parseInt(end.group(1));
        String shifted = text.replace("to: " + year + "-06-30", "to: " + (year - 1) + "-06-30")
                .replace("from: " + year + "-07-01", "from: " + (year - 1) + "-07-01");
        assertThat(shifted).isNotEqualTo(text);
        Files.writeString(cadre, shifted, StandardCharsets.UTF_8);

        Build.Result again = build(output(), true);
        assertThat(again.reused()).isPositive();
        Path fresh = project.root().resolve("fresh");
        build(fresh, false);
        assertSameTree(output(), fresh);
    }

    @Test
    void aRemovedCadreLeavesNoPageBehind() throws IOException {
        build(output(), true);
        assertThat(output().resolve("can-bo/cb-2/index.html")).exists();
        Files.delete(project.root().resolve("data/cadres/cb-2.yaml"));
        build(output(), true);
        assertThat(output().resolve("can-bo/cb-2/index.html")).doesNotExist();
        Path fresh = project.root().resolve("fresh");
        build(fresh, false);
        assertSameTree(output(), fresh);
    }

    @Test
    void anEditedTemplateRendersEverythingAgain() throws IOException {
        Build.Result first = build(output(), true);
        Path layout = project.root().resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout) + "<#-- edited -->\n");
        Build.Result again = build(output(), true);
        assertThat(again.reused()).isZero();
        assertThat(again.rendered()).isEqualTo(first.rendered());
    }

    @Test
    void freshRendersEverythingAndGivesTheSameBytes() throws IOException {
        build(output(), true);
        Map<String, byte[]> before = tree(output());
        Build.Result fresh = build(output(), false);
        assertThat(fresh.reused()).isZero();
        assertThat(tree(output())).containsOnlyKeys(before.keySet());
        assertSameTree(output(), output());
    }

    private static List<String> manifestPaths(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(Reuse.MANIFEST), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(l.indexOf('\t') + 1)).toList();
    }

    private static Map<String, Object> inodes(Path out) throws IOException {
        Map<String, Object> m = new TreeMap<>();
        for (String path : manifestPaths(out)) m.put(path, Files.getAttribute(out.resolve(path), "unix:ino"));
        return m;
    }

    private static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSameTree(Path a, Path b) throws IOException {
        Map<String, byte[]> left = tree(a);
        Map<String, byte[]> right = tree(b);
        assertThat(left.keySet()).isEqualTo(right.keySet());
        List<String> differ = left.keySet().stream().filter(k -> !java.util.Arrays.equals(left.get(k), right.get(k))).toList();
        assertThat(differ).as("files that differ from a fresh build").isEmpty();
    }
}
