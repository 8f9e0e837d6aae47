package vn.luanchuyen.history;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;

/**
 * For the history's tests: a project with the base units and source ({@link TestProject#withBase()})
 * committed as "Thêm đơn vị và nguồn" in a repository made here, on 1 July 2022 (a day later for
 * each commit after); the tests commit what they need on top.
 */
abstract class CommittedBaseTest {
    /** The validity the caches of these tests are made under. */
    static final String VALID = "public, program p1, units u1";
    @TempDir
    Path dir;
    TestProject project;
    TestRepository repo;

    @BeforeEach
    void baseCommitted() throws Exception {
        project = new TestProject(dir).withBase();
        repo = TestRepository.init(dir, Instant.parse("2022-07-01T09:00:00Z"));
        repo.commit("Thêm đơn vị và nguồn");
    }

    @AfterEach
    void closeRepository() {
        repo.close();
    }

    /** A reader wording a post as its label and unit and a period as from..to, each version as it is. */
    HistoryReader reader() {
        return new HistoryReader(dir, t -> t.post().label() + " " + t.unit(), t -> t.from() + ".." + t.to(), d -> d);
    }
}
