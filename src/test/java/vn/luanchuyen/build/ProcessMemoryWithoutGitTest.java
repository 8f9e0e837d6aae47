package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;
import vn.luanchuyen.diag.Lang;

/**
 * Outside git the history is empty, and one process keeps it from build to build, as it keeps a
 * repository's while nothing is committed, so what it keeps by record stays valid; once the
 * folder becomes a repository, its history is read.
 */
class ProcessMemoryWithoutGitTest {

    @Test
    void theEmptyHistoryIsKeptUntilTheFolderIsARepository() throws Exception {
        try (TestProject project = TestProject.generated(12)) {
            Path root = project.root();
            ProcessMemory memory = new ProcessMemory();
            BuildContext kept = new BuildContext(root, root.resolve("output"), Lang.VI, false).withMemory(memory);
            build(kept);
            Path cadre = root.resolve("data/cadres/cb-1.yaml");
            Files.writeString(cadre, Files.readString(cadre, StandardCharsets.UTF_8).replaceFirst("(?m)^name: (.+)$", "name: $1 Sửa"),
                    StandardCharsets.UTF_8);
            Build.Result again = new Build(kept).run();
            assertThat(again.ok()).isTrue();
            assertThat(memory.historiesReused()).as("the empty history taken from memory").isOne();
            assertThat(again.rendered()).isPositive().isLessThan(again.reused());
            assertSameAsFresh(root, "fresh-1");

            try (TestRepository repo = TestRepository.committed(root)) {
                Path other = root.resolve("data/cadres/cb-2.yaml");
                Files.writeString(other, Files.readString(other, StandardCharsets.UTF_8).replaceFirst("(?m)^name: (.+)$", "name: $1 Mới"),
                        StandardCharsets.UTF_8);
                repo.commit("Bắt đầu theo dõi bằng git");
                build(kept);
                assertThat(memory.historiesReused()).as("a repository now: its history read").isOne();
                assertThat(Files.readString(root.resolve("output/thay-doi/index.html"), StandardCharsets.UTF_8))
                        .contains("Bắt đầu theo dõi bằng git");
                assertSameAsFresh(root, "fresh-2");
            }
        }
    }

    private static void build(BuildContext context) throws IOException {
        Build.Result r = new Build(context).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
    }

    private static void assertSameAsFresh(Path root, String folder) throws IOException {
        Path fresh = root.resolve(folder);
        build(new BuildContext(root, fresh, Lang.VI, false).fresh());
        Map<String, byte[]> expected = TestProject.output(fresh);
        Map<String, byte[]> actual = TestProject.output(root.resolve("output"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.keySet().forEach(p -> assertThat(actual.get(p)).as("%s: against a fresh build", p).isEqualTo(expected.get(p)));
    }
}
