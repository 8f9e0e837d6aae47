package vn.luanchuyen.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.diag.Progress;
import vn.luanchuyen.history.Commit;
import vn.luanchuyen.history.History;
import vn.luanchuyen.render.Templates;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Paths;

/**
 * Renders pages made from data through the project's templates into the output folder. Each
 * page gets {@code updated}: when its records last changed (the last commit touching its files,
 * or the data's last commit) and the commit the site was built from; dates come from git, never
 * from the clock.
 */
final class PageWriter {
    private final Templates templates;
    private final SiteSettings settings;
    private final History history;
    private final Progress progress;

    PageWriter(Templates templates, SiteSettings settings, History history, Progress progress) {
        this.templates = templates;
        this.settings = settings;
        this.history = history;
        this.progress = progress;
    }

    /**
     * Renders and writes every page, on every core: pages are independent and each file is
     * written once. A failure does not stop the other pages mid-write: all finish, then the
     * failure of the first page (in page order) is thrown, so the caller can drop the folder.
     */
    int write(List<Page> pages, Path out) throws IOException {
        progress.start("Trang", pages.size());
        Map<Integer, RuntimeException> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.stream.IntStream.range(0, pages.size()).parallel().forEach(i -> {
            try {
                write(pages.get(i), out);
            } catch (RuntimeException e) {
                failures.put(i, e);
            }
            progress.step();
        });
        progress.done();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.values().iterator().next();
            if (first instanceof UncheckedIOException io) throw io.getCause();
            throw first;
        }
        return pages.size();
    }

    private void write(Page page, Path out) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", settings);
        model.put("page", page.page());
        model.put("meta", page.meta());
        model.put("updated", updated(page.files()));
        String html = templates.render(page.template(), model);
        Path file = out.resolve(Paths.file(page.path()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {date, commit, note}: all empty strings without git. */
    private Map<String, String> updated(List<String> files) {
        Optional<Commit> changed = files.isEmpty() ? history.head() : history.lastChange(files).or(history::head);
        String date = changed.map(c -> VietnameseDates.withWeekday(c.time().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()))
                .orElse("");
        return Map.of("date", date, "commit", history.head().map(Commit::shortId).orElse(""), "note", history.note());
    }
}
