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
import java.util.stream.IntStream;
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
 */
final class PageWriter {
    private final Templates templates;
    private final SiteSettings settings;
    private final History history;
    private final Progress progress;
    private final Reuse reuse;

    PageWriter(Templates templates, SiteSettings settings, History history, Progress progress, Reuse reuse) {
        this.templates = templates;
        this.settings = settings;
        this.history = history;
        this.progress = progress;
        this.reuse = reuse;
    }

    /** What the rest of the site needs to know of a written page. */
    record Written(String path, Optional<Map<String, String>> searchEntry) {
    }

    /**
     * Runs every task and writes its pages; returns them in page order. A failure does not stop
     * the other pages mid-write: all finish, then the failure of the first task (in page order)
     * is thrown, so the caller can drop the folder.
     */
    List<Written> write(List<PageTask> tasks, Path out) throws IOException {
        progress.start("Trang", tasks.stream().mapToLong(PageTask::size).sum());
        Map<Integer, RuntimeException> failures = new ConcurrentSkipListMap<>();
        List<List<Written>> done = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), List.of()));
        IntStream.range(0, tasks.size()).parallel().forEach(i -> {
            try {
                List<Written> written = new ArrayList<>();
                for (Page page : tasks.get(i).make().get()) {
                    written.add(write(page, out));
                    progress.step();
                }
                done.set(i, written);
            } catch (RuntimeException e) {
                failures.put(i, e);
            }
        });
        progress.done();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.values().iterator().next();
            if (first instanceof UncheckedIOException io) throw io.getCause();
            throw first;
        }
        return done.stream().flatMap(List::stream).toList();
    }

    private Written write(Page page, Path out) {
        Map<String, String> updated = updated(page.files());
        String file = Paths.file(page.path());
        Path target = out.resolve(file);
        String fingerprint = reuse.pageFingerprint().add(page.template()).add(page.meta()).add(page.page()).add(updated).hex();
        if (!reuse.take(file, fingerprint)) {
            Map<String, Object> model = new HashMap<>();
            model.put("site", settings);
            model.put("page", page.page());
            model.put("meta", page.meta());
            model.put("updated", updated);
            String html = templates.render(page.template(), model);
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, html, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reuse.rendered();
        }
        return new Written(page.path(), SearchIndexWriter.entry(page));
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
