package vn.luanchuyen.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The one class that reads git (JGit). Finds the repository holding the project, and answers:
 * the commit checked out, the commits that changed each data file (oldest first) with the file's
 * content before and after, and the content of a file at any revision.
 */
public final class GitHistory implements AutoCloseable {
    private final Repository repo;
    private final String prefix;
    private final ObjectReader blobs;

    private GitHistory(Repository repo, String prefix) {
        this.repo = repo;
        this.prefix = prefix;
        this.blobs = repo.newObjectReader();
    }

    /** The history of the repository holding {@code root}, if it is in one with at least one commit. */
    public static Optional<GitHistory> open(Path root) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) return Optional.empty();
        Repository repo = builder.build();
        if (repo.resolve("HEAD") == null) {
            repo.close();
            return Optional.empty();
        }
        Path top = repo.getWorkTree().toPath().toRealPath();
        String prefix = top.relativize(root.toRealPath()).toString().replace('\\', '/');
        return Optional.of(new GitHistory(repo, prefix.isEmpty() ? "" : prefix + "/"));
    }

    public boolean shallow() throws IOException {
        return !repo.getObjectDatabase().getShallowCommits().isEmpty();
    }

    public Commit head() throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return commit(walk.parseCommit(repo.resolve("HEAD")));
        }
    }

    private static Commit commit(RevCommit c) {
        return new Commit(c.getName(), Instant.ofEpochSecond(c.getCommitTime()), c.getAuthorIdent().getName(), c.getFullMessage());
    }

    /** One file changed by one commit: its project path and the blob ids of its content before and after (null when absent). */
    public record FileChange(Commit commit, String file, String before, String after) {
    }

    /** Every change to a file under {@code folder} ("data/") on the first-parent line to HEAD, oldest first. */
    public List<FileChange> changes(String folder) throws IOException {
        List<FileChange> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = differ(folder)) {
            walk.setFirstParent(true);
            walk.sort(RevSort.REVERSE);
            walk.markStart(walk.parseCommit(repo.resolve("HEAD")));
            for (RevCommit c : walk) changesOf(walk, diff, c, out);
        }
        return out;
    }

    /**
     * The changes of the commits made after {@code since} on the first-parent line to HEAD, oldest
     * first, as {@link #changes} lists them; empty when {@code since} is not on that line (the
     * branch was reset or switched), so the whole line must be read.
     */
    public Optional<List<FileChange>> changesSince(String since, String folder) throws IOException {
        List<FileChange> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); DiffFormatter diff = differ(folder)) {
            List<RevCommit> newer = new ArrayList<>();
            RevCommit c = walk.parseCommit(repo.resolve("HEAD"));
            while (!c.getName().equals(since)) {
                if (c.getParentCount() == 0) return Optional.empty(); // the first commit, and since was not on the way
                newer.add(c);
                c = walk.parseCommit(c.getParent(0));
            }
            for (int i = newer.size() - 1; i >= 0; i--) changesOf(walk, diff, newer.get(i), out);
        }
        return Optional.of(out);
    }

    private DiffFormatter differ(String folder) {
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE);
        diff.setRepository(repo);
        diff.setPathFilter(PathFilter.create(prefix + folder.replaceAll("/$", "")));
        return diff;
    }

    /** What one commit changed against its first parent, added to {@code out}. */
    private void changesOf(RevWalk walk, DiffFormatter diff, RevCommit c, List<FileChange> out) throws IOException {
        RevCommit parent = c.getParentCount() == 0 ? null : walk.parseCommit(c.getParent(0));
        Commit commit = commit(c); // once per commit: a first commit changes every file
        for (DiffEntry e : diff.scan(parent == null ? null : parent.getTree(), c.getTree())) {
            String path = e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath();
            if (!path.startsWith(prefix)) continue;
            String before = e.getChangeType() == DiffEntry.ChangeType.ADD ? null : e.getOldId().name();
            String after = e.getChangeType() == DiffEntry.ChangeType.DELETE ? null : e.getNewId().name();
            out.add(new FileChange(commit, path.substring(prefix.length()), before, after));
        }
    }

    /** The files under {@code folder} at a revision ("HEAD~3", a commit id, a tag), by project path. */
    public Map<String, byte[]> filesAt(String revision, String folder) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        ObjectId id = repo.resolve(revision + "^{tree}");
        if (id == null) throw new IOException("no such revision: " + revision);
        try (TreeWalk tree = new TreeWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            tree.addTree(id);
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(prefix + folder.replaceAll("/$", "")));
            while (tree.next()) {
                out.put(tree.getPathString().substring(prefix.length()), bytes(reader, tree.getObjectId(0)));
            }
        }
        return out;
    }

    /** The content of a blob named in a {@link FileChange}; null for null. */
    public byte[] blob(String id) throws IOException {
        return id == null ? null : bytes(blobs, ObjectId.fromString(id));
    }

    public Commit commitAt(String revision) throws IOException {
        ObjectId id = repo.resolve(revision + "^{commit}");
        if (id == null) throw new IOException("no such revision: " + revision);
        try (RevWalk walk = new RevWalk(repo)) {
            return commit(walk.parseCommit(id));
        }
    }

    private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
        return reader.open(id).getBytes();
    }

    @Override
    public void close() {
        blobs.close();
        repo.close();
    }
}
