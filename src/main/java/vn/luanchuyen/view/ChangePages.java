package vn.luanchuyen.view;

import java.time.ZoneId;
import java.util.List;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Pages.ChangeEntry;
import vn.luanchuyen.view.Pages.ChangesPage;
import vn.luanchuyen.view.Pages.Page;

/** "Thay đổi": every change to the records, newest first, as git recorded it; also made into an Atom feed. */
final class ChangePages {
    static final String PATH = "thay-doi/";
    private final ViewContext ctx;

    ChangePages(ViewContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The newest changes a page lists, one per record and commit. The whole history of a national
     * dataset is hundreds of thousands (its first commit adds every record: a page of 70 MB); each
     * record's page lists all of its own.
     */
    static final int SHOWN = 500;
    /** The newest changes the Atom feed carries. */
    static final int IN_FEED = 50;

    /** The newest changes, and how many there are. */
    ChangesPage record() {
        List<ChangeEntry> entries = ctx.history().changes().stream().flatMap(c -> entries(c).stream()).limit(SHOWN).toList();
        long all = ctx.history().recordsChanged();
        return new ChangesPage(entries, VietnameseNumbers.of(all), all > entries.size());
    }

    static Page page(ChangesPage record) {
        PageMeta meta = PageMeta.of("Thay đổi hồ sơ", "Các thay đổi trong hồ sơ cán bộ và đơn vị, mới nhất trước.", PATH,
                "website", "");
        return new Page(PATH, "changes.ftl", meta, record);
    }

    /** The feed's entries: the newest of the page's. */
    static ChangesPage feed(ChangesPage page) {
        return new ChangesPage(page.entries().subList(0, Math.min(IN_FEED, page.entries().size())), page.total(), page.more());
    }

    private List<ChangeEntry> entries(RecordChange c) {
        var day = c.commit().time().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        return c.changes().stream().map(Change::recordId).distinct().map(id -> {
            Change first = c.changes().stream().filter(x -> x.recordId().equals(id)).findFirst().orElseThrow();
            return new ChangeEntry(VietnameseDates.withWeekday(day), c.commit().time().toString(), c.commit().shortId(),
                    c.commit().subject(), c.file(), link(first), c.changes().stream().filter(x -> x.recordId().equals(id))
                    .map(ViewContext::describe).toList());
        }).toList();
    }

    private Link link(Change c) {
        return switch (c.recordKind()) {
            case "cadres" -> ctx.cadre(c.recordId()).isPresent() ? ctx.cadreLink(c.recordId()) : new Link("", c.subject());
            case "units" -> ctx.unit(c.recordId()).isPresent() ? ctx.unitLink(c.recordId()) : new Link("", c.subject());
            case "programmes" -> ctx.programme(c.recordId()).isPresent()
                    ? new Link(Paths.programme(c.recordId()), ProgrammePages.title(ctx.programme(c.recordId()).orElseThrow()))
                    : new Link("", c.subject());
            default -> new Link("", c.subject());
        };
    }
}
