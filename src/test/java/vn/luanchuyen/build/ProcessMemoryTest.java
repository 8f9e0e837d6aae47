package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;
import vn.luanchuyen.diag.Lang;

/**
 * One process building again and again (the preview server) reads git again only when the
 * commit checked out changed: after an edit that is not committed it takes the history from its
 * memory, after a commit it reads only the new commit; each time the output is what a fresh build gives.
 */
class ProcessMemoryTest {
    private TestProject project;
    private TestRepository repo;

    @BeforeEach
    void repository() throws Exception {
        project = TestProject.generated(12);
        repo = TestRepository.committed(project.root());
    }

    @AfterEach
    void remove() throws IOException {
        repo.close();
        project.close();
    }

    @Test
    void gitIsReadAgainOnlyAfterACommitAndEveryBuildIsAFreshOne() throws Exception {
        ProcessMemory memory = new ProcessMemory();
        BuildContext kept = new BuildContext(project.root(), project.root().resolve("output"), Lang.VI, false).withMemory(memory);
        build(kept);
        assertThat(memory.historiesReused()).isZero();

        rename("data/cadres/cb-1.yaml", "Chưa Commit");
        build(kept);
        assertThat(memory.historiesReused()).as("history taken from memory: nothing was committed").isOne();
        assertSameAsFresh("fresh-1");
        assertThat(page("can-bo/cb-1/index.html")).contains("Chưa Commit");

        rename("data/cadres/cb-1.yaml", "Đã Commit");
        repo.commit("Sửa tên cán bộ cb-1");
        build(kept);
        assertThat(page("thay-doi/index.html")).contains("Sửa tên cán bộ cb-1");
        assertSameAsFresh("fresh-2");
        assertThat(memory.historiesReused()).as("history read again after a commit").isOne();
        assertThat(memory.historiesExtended()).as("only the commit made since the history remembered").isOne();
        var cached = TestProject.files(project.root().resolve("output/.luanchuyen/history"));
        var cachedFresh = TestProject.files(project.root().resolve("fresh-2/.luanchuyen/history"));
        assertThat(cached.keySet()).as("what the history cache keeps: as a fresh build keeps it").isEqualTo(cachedFresh.keySet()).isNotEmpty();
        cachedFresh.forEach((name, bytes) -> assertThat(cached.get(name)).as(name).isEqualTo(bytes));

        build(kept);
        assertThat(memory.historiesReused()).as("and remembered again").isEqualTo(2);
        assertSameAsFresh("fresh-3");
    }

    @Test
    void committingAnEditAlreadyBuiltDatesItsPagesByTheNewCommitThoughItsRecordIsKept() throws Exception {
        ProcessMemory memory = new ProcessMemory();
        BuildContext kept = new BuildContext(project.root(), project.root().resolve("output"), Lang.VI, false).withMemory(memory);
        build(kept);
        rename("data/cadres/cb-1.yaml", "Chưa Commit");
        build(kept);

        // the file is committed as it was built: the process parses nothing again, but the record's commit is a new one
        String head = repo.commit("Sửa tên cán bộ cb-1");
        build(kept);
        assertThat(page("can-bo/cb-1/index.html")).as("the page names the commit of its record")
                .contains("<code>" + head.substring(0, 7) + "</code>");
        assertSameAsFresh("fresh-1");
    }

    private void build(BuildContext context) throws IOException {
        Build.Result r = new Build(context).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
    }

    private void rename(String file, String suffix) throws IOException {
        Path p = project.root().resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String renamed = text.replaceFirst("(?m)^name: (.+?)( Chưa Commit)?$", "name: $1 " + suffix);
        assertThat(renamed).isNotEqualTo(text);
        Files.writeString(p, renamed, StandardCharsets.UTF_8);
    }

    private String page(String path) throws IOException {
        return Files.readString(project.root().resolve("output").resolve(path), StandardCharsets.UTF_8);
    }

    private void assertSameAsFresh(String folder) throws IOException {
        Path fresh = project.root().resolve(folder);
        build(new BuildContext(project.root(), fresh, Lang.VI, false).fresh());
        Map<String, byte[]> expected = TestProject.output(fresh);
        Map<String, byte[]> actual = TestProject.output(project.root().resolve("output"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.keySet().forEach(p -> assertThat(actual.get(p)).as("%s: against a fresh build", p).isEqualTo(expected.get(p)));
    }
}
