package vn.luanchuyen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.luanchuyen.diag.Progress;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.render.Templates;
import vn.luanchuyen.reuse.Reuse;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.PageTask;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Paths;

/**
 * Makes and renders pages from data through the project's templates into the output folder, on
 * every core, a few at a time: each task's pages are made, rendered, written and dropped, so
 * memory does not grow with the site. A page whose fingerprint (its record, its template, when
 * it changed) is the same as in the previous build is kept from the previous output instead of
 * rendered ({@link Reuse}). Each page gets {@code updated}: the commit that last changed its
 * records (the last commit touching its files; the data's last commit for a page about the whole
 * data) and that commit's date. The data of that commit is what the page shows of its records, and
 * a commit elsewhere in the data leaves the page's bytes alone. Dates come from git, never from the clock.
 *
 * <p>Before that, a task whose inputs ({@link PageTask.Inputs}) have the same key ({@link TaskKeys})
 * as in the previous build keeps its pages without making them at all: most of a rebuild's pages.
 * In a process that builds again and again, a task reading the very same inputs as in its last
 * build does not even work its key out again ({@link LastTasks}).
 */
final class PageWriter {
    /** One worker per core. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors();
    private final Templates templates;
    private final SiteSettings settings;
    private final History history;
    private final Progress progress;
    private final Reuse reuse;
    private final TaskKeys keys;
    private final Optional<PreviousSearch> previousSearch;
    private final boolean verify;
    /** What the last build's tasks came to, for the tasks of this build whose keys are the same. */
    private final Optional<LastTasks.Taking> last;

    /**
     * @param keys the keys of the tasks' inputs, to keep a task's pages unmade when its key is as before
     * @param previousSearch the search entries of the pages kept that way; without them, every task is made
     * @param verify make every task anyway and fail if a kept one would have given other pages (tests)
     * @param last what the tasks of the last build of this process came to, for those of this build whose key is the same
     */
    PageWriter(Templates templates, SiteSettings settings, History history, Progress progress, Reuse reuse, TaskKeys keys,
               Optional<PreviousSearch> previousSearch, boolean verify, Optional<LastTasks.Taking> last) {
        this.templates = templates;
        this.settings = settings;
        this.history = history;
        this.progress = progress;
        this.reuse = reuse;
        this.keys = keys;
        this.previousSearch = previousSearch;
        this.verify = verify;
        this.last = last;
    }

    /** What the rest of the site needs to know of a written page. */
    record Written(String path, Optional<Map<String, String>> searchEntry) {
    }

    /** A page written (rendered or kept by its fingerprint) and its fingerprint. */
    private record Done(Written written, String fingerprint) {
    }

    /** The pages written, in page order, and what each task with inputs came to, by its place (for the next build). */
    record Result(List<Written> pages, LastTasks.Outcome[] outcomes) {
    }

    /**
     * Runs every task and writes its pages; returns them in page order. A failure does not stop
     * the other pages mid-write: all finish, then the failure of the first task (in page order)
     * is thrown, so the caller can drop the folder.
     */
    Result write(List<PageTask> tasks, Path out) throws IOException {
        progress.start("Trang", tasks.stream().mapToLong(PageTask::size).sum());
        Map<Integer, RuntimeException> failures = new ConcurrentSkipListMap<>();
        List<List<Written>> done = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), List.of()));
        LastTasks.Outcome[] outcomes = new LastTasks.Outcome[tasks.size()];
        // each worker takes the next task as it finishes one. Tasks differ in cost (a province's pages
        // against a commune's, a listing against a cadre), and a parallel stream, on a machine whose
        // common pool has one worker, splits them into about eight shares given out beforehand: the
        // last share's worker then ran alone (nationally, pages 20-21 s on tmpfs, 17-18 s this way)
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    LastTasks.Outcome outcome = run(i, tasks.get(i), out);
                    done.set(i, outcome.written());
                    if (outcome.key() != null) outcomes[i] = outcome;
                } catch (RuntimeException e) {
                    failures.put(i, e);
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "luanchuyen-pages");
            t.setDaemon(true); // as the common pool's were: a stopped build does not keep the process alive
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) running.add(pool.submit(worker));
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the pages were stopped");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.values().iterator().next();
            if (first instanceof UncheckedIOException io) throw io.getCause();
            throw first;
        }
        return new Result(done.stream().flatMap(List::stream).toList(), outcomes);
    }

    /**
     * Keeps the pages of a task whose inputs have the same key as in the previous build, without
     * making them: as the last build of this process wrote them when its outcome there has the same
     * key ({@link LastTasks}), else with the previous search index's entries. Otherwise makes and
     * writes them, and records them under the key. Returns what the task came to (a null key: a
     * task without inputs, always made).
     */
    private LastTasks.Outcome run(int place, PageTask task, Path out) {
        PageTask.Inputs in = task.inputs();
        LastTasks.Outcome same = in == null || last.isEmpty() ? null : last.get().same(place, in);
        if (same != null && !verify && reuse.keepTask(same.key(), same.files())) {
            for (int i = 0; i < same.written().size(); i++) progress.step();
            return same;
        }
        Optional<String> key = keys.of(task);
        if (same != null && verify && !key.equals(Optional.of(same.key()))) {
            throw new IllegalStateException("task '" + in.task() + "' was taken as the last build's with key " + same.key()
                    + " but its inputs have the key " + key.orElse("(none)") + ": the test of unchanged inputs is wrong");
        }
        Optional<List<String>> kept = previousSearch.isPresent() ? key.flatMap(reuse::keepTask) : Optional.empty();
        if (kept.isPresent() && !verify) {
            List<Written> written = new ArrayList<>();
            for (String file : kept.get()) {
                String path = Paths.page(file);
                written.add(new Written(path, previousSearch.get().entry(path)));
                progress.step();
            }
            return LastTasks.Outcome.of(in, key.get(), kept.get(), written);
        }
        List<Done> made = new ArrayList<>();
        for (Page page : task.make().get()) {
            made.add(write(page, out));
            progress.step();
        }
        List<String> files = made.stream().map(d -> Paths.file(d.written().path())).toList();
        key.ifPresent(k -> reuse.madeTask(k, files));
        kept.ifPresent(previous -> verify(task, previous, files, made));
        return LastTasks.Outcome.of(in, key.orElse(null), files, made.stream().map(Done::written).toList());
    }

    /** For tests: a task kept by the key of its inputs must be what making it gives, page by page. */
    private void verify(PageTask task, List<String> previous, List<String> files, List<Done> made) {
        if (!files.equals(previous)) {
            throw new IllegalStateException("task '" + task.inputs().task() + "' kept by its inputs had pages " + previous
                    + " but makes " + files + ": it reads something its inputs do not name");
        }
        for (Done d : made) {
            String file = Paths.file(d.written().path());
            if (!reuse.previousFingerprint(file).equals(Optional.of(d.fingerprint()))
                    || !previousSearch.get().entry(d.written().path()).equals(d.written().searchEntry())) {
                throw new IllegalStateException("task '" + task.inputs().task() + "' kept by its inputs makes " + file
                        + " differently: it reads something its inputs do not name");
            }
        }
    }

    /**
     * Renders a page and writes it unless the previous output has the same bytes. The page's
     * fingerprint is the digest of its bytes (with the site's stamp): a page made at all is
     * rendered, which costs less than walking its record to fingerprint it, and pages whose
     * inputs did not change are not even made ({@link #run}).
     */
    private Done write(Page page, Path out) {
        String file = Paths.file(page.path());
        Path target = out.resolve(file);
        Map<String, Object> model = new HashMap<>();
        model.put("site", settings);
        model.put("page", page.page());
        model.put("meta", page.meta());
        model.put("updated", updated(page.files()));
        byte[] html = templates.render(page.template(), model).getBytes(StandardCharsets.UTF_8);
        String fingerprint = reuse.pageFingerprint().add(html).hex();
        if (!reuse.take(file, fingerprint)) {
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reuse.rendered();
        }
        return new Done(new Written(page.path(), SearchIndexWriter.entry(page)), fingerprint);
    }

    /** {date, commit, note}: all empty strings without git. */
    private Map<String, String> updated(List<String> files) {
        Optional<Commit> changed = history.recordsCommit(files);
        String date = changed.map(c -> VietnameseDates.withWeekday(c.time().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()))
                .orElse("");
        Map<String, String> updated = new java.util.LinkedHashMap<>();
        updated.put("date", date);
        updated.put("commit", changed.map(Commit::shortId).orElse(""));
        updated.put("note", history.note());
        return updated;
    }
}
