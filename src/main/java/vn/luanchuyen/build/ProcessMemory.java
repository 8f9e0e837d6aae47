package vn.luanchuyen.build;

import java.util.Optional;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.HistoryCache;
import vn.luanchuyen.load.ParsedFiles;
import vn.luanchuyen.reuse.Memo;

/**
 * What a process that builds again and again (the preview server, the benchmark) keeps from one
 * build to the next: the data files as parsed, what a build wrote for the next to read back
 * ({@link Memo}), and the history the last complete build read with
 * the state of git it read it at. The history is a function of the commits checked out and of
 * what its cache's validity names (program, public or internal, the units' files), so while
 * neither changes, as when files are edited but not committed, it is not read again; after a
 * commit, only the commits made since are read.
 * Thread-safe.
 *
 * <pre>{@code
 * ProcessMemory memory = new ProcessMemory();
 * new Build(BuildContext.of(root, Lang.VI, false).withMemory(memory)).run(); // again: only what changed is read
 * }</pre>
 */
public final class ProcessMemory {
    /** A history, the cache as the build that read it left it, and the git state and the validity it was read under. */
    record Remembered(String gitState, String validity, History history, HistoryCache cache) {
    }

    private final ParsedFiles parsed = new ParsedFiles();
    private final Memo memo = Memo.keeping();
    private Remembered history;
    private int historiesReused;
    private int historiesExtended;

    public ParsedFiles parsed() {
        return parsed;
    }

    /** What a build keeps for the next to read back instead of reading its files again. */
    public Memo memo() {
        return memo;
    }

    /** The history remembered for this git state and validity, the cache as if just read with it. */
    synchronized Optional<Remembered> history(String gitState, String validity) {
        if (history == null || !history.gitState().equals(gitState) || !history.validity().equals(validity)) return Optional.empty();
        historiesReused++;
        return Optional.of(new Remembered(gitState, validity, history.history(), history.cache().carriedOver()));
    }

    /**
     * The history remembered at another git state under this validity, to be followed by the
     * commits made since (see {@link vn.luanchuyen.history.HistoryReader#readAfter}), the cache as if
     * just read with it.
     */
    synchronized Optional<Remembered> earlierHistory(String validity) {
        if (history == null || !history.validity().equals(validity)) return Optional.empty();
        return Optional.of(new Remembered(history.gitState(), validity, history.history(), history.cache().carriedOver()));
    }

    /** Notes that a build read only the commits made since the remembered history. */
    synchronized void extended() {
        historiesExtended++;
    }

    /** Remembers what a complete build read. */
    synchronized void remember(Remembered read) {
        history = read;
    }

    /** How many builds took the history from here instead of reading it. */
    public synchronized int historiesReused() {
        return historiesReused;
    }

    /** How many builds read only the commits made since the history remembered here. */
    public synchronized int historiesExtended() {
        return historiesExtended;
    }
}
