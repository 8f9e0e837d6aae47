package vn.luanchuyen.view;

import java.util.List;
import java.util.function.Supplier;
import vn.luanchuyen.view.Pages.Page;

/**
 * Work that makes one or more pages when run, and how many. The site is a list of these rather
 * than of pages, so pages can be made, rendered and dropped a few at a time on every core
 * instead of all being held in memory at once. A task reads only the {@link ViewContext},
 * which nothing changes once it is built, so tasks may run side by side.
 */
public record PageTask(int size, Supplier<List<Page>> make) {

    public static PageTask one(Supplier<Page> page) {
        return new PageTask(1, () -> List.of(page.get()));
    }

    /** Pages already made (the few site-wide ones). */
    public static PageTask made(List<Page> pages) {
        List<Page> copy = List.copyOf(pages);
        return new PageTask(copy.size(), () -> copy);
    }
}
