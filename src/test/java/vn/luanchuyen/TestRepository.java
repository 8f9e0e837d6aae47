package vn.luanchuyen;

import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A git repository made in a test around a project folder: each {@link #commit} takes every
 * file as it is (added, changed or deleted), by the organisation board, one day after the one
 * before, starting at {@code first}, so histories and the dates shown from them are the same on
 * every run.
 *
 * <pre>{@code
 * try (TestRepository repo = TestRepository.init(dir, Instant.parse("2022-07-01T09:00:00Z"))) {
 *     String id = repo.commit("Thêm hồ sơ");
 * }
 * }</pre>
 */
public final class TestRepository implements AutoCloseable {
    private final Git git;
    private final Instant first;
    private int day;

    private TestRepository(Git git, Instant first) {
        this.git = git;
        this.first = first;
    }

    public static TestRepository init(Path dir, Instant first) throws Exception {
        return new TestRepository(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), first);
    }

    /**
     * A repository around a project whose data is its first commit, "Dữ liệu ban đầu" on
     * 1 September 2025; builds into {@code output/} and fresh builds into {@code fresh…/} are ignored.
     */
    public static TestRepository committed(Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve(".gitignore"), "output/\nfresh*/\n");
        TestRepository repo = init(dir, Instant.parse("2025-09-01T02:00:00Z"));
        repo.commit("Dữ liệu ban đầu");
        return repo;
    }

    /** Commits the whole folder as it is; returns the full commit id. */
    public String commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return commitStaged(message);
    }

    /** Commits only what is staged and these files (paths from the project folder); returns the full commit id. */
    public String commitOnly(String message, String... paths) throws Exception {
        for (String path : paths) git.add().addFilepattern(path).call();
        return commitStaged(message);
    }

    /** Commits the whole folder as it is, dated {@code when} whatever the commits before (a clock set wrong); returns the full commit id. */
    public String commitDated(String message, Instant when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return commitStaged(message, when);
    }

    private String commitStaged(String message) throws Exception {
        return commitStaged(message, first.plusSeconds(86400L * day++));
    }

    private String commitStaged(String message, Instant when) throws Exception {
        PersonIdent who = new PersonIdent("Ban Tổ chức", "btc@example.vn", when, TimeZone.getTimeZone("Asia/Ho_Chi_Minh").toZoneId());
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getName();
    }

    public Git git() {
        return git;
    }

    @Override
    public void close() {
        git.close();
    }
}
