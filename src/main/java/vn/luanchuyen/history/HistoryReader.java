package vn.luanchuyen.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.load.DatasetLoader;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Tenure;

/**
 * Reads the personnel history from git: for every commit that changed a data file, the two
 * versions of the file are loaded and compared record by record ({@link RecordDiff}).
 * Without git, or on a shallow clone, says what it could not know instead of failing.
 */
public final class HistoryReader {
    private final Path root;
    private final DatasetLoader loader;
    private final RecordDiff diff;
    private final Function<Dataset, Dataset> view;

    /**
     * @param view what of each version may be shown: the public redaction for a public build, so
     *             that no change to an internal field or record is ever described
     */
    public HistoryReader(Path root, Function<Tenure, String> postName, Function<Tenure, String> periodText,
                         Function<Dataset, Dataset> view) {
        this.root = root;
        this.loader = new DatasetLoader(root);
        this.diff = new RecordDiff(postName, periodText);
        this.view = view;
    }

    public History read() throws IOException {
        return read(HistoryCache.empty(""));
    }

    /**
     * Reads the history, taking from {@code cache} what each file change meant when it is known
     * there, and adding to it what had to be worked out.
     */
    public History read(HistoryCache cache) throws IOException {
        Optional<GitHistory> opened = GitHistory.open(root);
        if (opened.isEmpty()) {
            return History.none("không phải kho git: không biết lịch sử thay đổi và ngày cập nhật của hồ sơ");
        }
        try (GitHistory git = opened.get()) {
            Map<String, Commit> last = new HashMap<>();
            List<RecordChange> changes = new ArrayList<>();
            meaning(git, git.changes("data/"), cache, last, changes);
            String note = git.shallow() ? "bản sao git nông (shallow clone): lịch sử thay đổi chỉ tính từ các commit có trong bản sao" : "";
            return new History(git.head(), note, last, changes);
        }
    }

    /**
     * The history at the commit now checked out, read from {@code previous} and the commits made
     * since it: the same as {@link #read(HistoryCache)} with {@code cache} carried over from the
     * read of {@code previous}. Empty when only a whole read will do: no git, a shallow clone, or
     * a commit checked out that does not descend from the previous one on its first-parent line.
     */
    public Optional<History> readAfter(History previous, HistoryCache cache) throws IOException {
        if (previous.head().isEmpty() || !previous.note().isEmpty()) return Optional.empty();
        Optional<GitHistory> opened = GitHistory.open(root);
        if (opened.isEmpty()) return Optional.empty();
        try (GitHistory git = opened.get()) {
            if (git.shallow()) return Optional.empty();
            Optional<List<GitHistory.FileChange>> since = git.changesSince(previous.head().get().id(), "data/");
            if (since.isEmpty()) return Optional.empty();
            Map<String, Commit> last = new HashMap<>();
            List<RecordChange> changes = new ArrayList<>();
            meaning(git, since.get(), cache, last, changes);
            return Optional.of(previous.extendedWith(git.head(), last, changes));
        }
    }

    /** What each file change meant for its records, from the cache or worked out; the last commit of each file in {@code last}. */
    private void meaning(GitHistory git, List<GitHistory.FileChange> fileChanges, HistoryCache cache, Map<String, Commit> last,
                         List<RecordChange> changes) throws IOException {
        for (GitHistory.FileChange fc : fileChanges) {
            last.put(fc.file(), fc.commit());
            Optional<List<Change>> known = cache.get(fc.file(), fc.before(), fc.after());
            List<Change> items;
            if (known.isPresent()) {
                items = known.get();
            } else {
                items = diff.between(parse(fc.file(), git.blob(fc.before())), parse(fc.file(), git.blob(fc.after())));
                cache.put(fc.file(), fc.before(), fc.after(), items);
            }
            if (!items.isEmpty()) changes.add(new RecordChange(fc.commit(), fc.file(), items));
        }
    }

    /**
     * The state of git the history of {@code root} is read from: the commit checked out, and
     * whether the clone is shallow; empty outside git. The same state gives the same history.
     */
    public static Optional<String> state(Path root) throws IOException {
        Optional<GitHistory> opened = GitHistory.open(root);
        if (opened.isEmpty()) return Optional.empty();
        try (GitHistory git = opened.get()) {
            return Optional.of(git.head().id() + (git.shallow() ? " shallow" : ""));
        }
    }

    /** Changes between two revisions ("A..B"), as one list per changed file. */
    public List<RecordChange> between(String from, String to) throws IOException {
        try (GitHistory git = GitHistory.open(root).orElseThrow(() -> new IOException("not a git repository: " + root))) {
            Map<String, byte[]> before = git.filesAt(from, "data/");
            Map<String, byte[]> after = git.filesAt(to, "data/");
            Commit commit = git.commitAt(to);
            List<RecordChange> out = new ArrayList<>();
            java.util.TreeSet<String> files = new java.util.TreeSet<>(before.keySet());
            files.addAll(after.keySet());
            for (String file : files) {
                byte[] a = before.get(file);
                byte[] b = after.get(file);
                if (a != null && b != null && java.util.Arrays.equals(a, b)) continue;
                List<Change> items = diff.between(parse(file, a), parse(file, b));
                if (!items.isEmpty()) out.add(new RecordChange(commit, file, items));
            }
            return out;
        }
    }

    /** The commit a revision names. */
    public Commit commitAt(String revision) throws IOException {
        try (GitHistory git = GitHistory.open(root).orElseThrow(() -> new IOException("not a git repository: " + root))) {
            return git.commitAt(revision);
        }
    }

    private Dataset parse(String file, byte[] bytes) {
        if (bytes == null || !file.endsWith(".yaml") && !file.endsWith(".yml")) return Dataset.empty();
        return view.apply(loader.parse(file, bytes, new Diagnostics()));
    }
}
