package vn.luanchuyen.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.luanchuyen.view.Pages.Page;

/**
 * Work that makes one or more pages when run, and how many. The site is a list of these rather
 * than of pages, so pages can be made, rendered and dropped a few at a time on every core
 * instead of all being held in memory at once. A task reads only the {@link ViewContext},
 * which nothing changes once it is built, so tasks may run side by side.
 */
public record PageTask(int size, Supplier<List<Page>> make, Shortcut shortcut) {

    /**
     * How to keep a one-page task's page without making it: its address, the key of everything
     * it is made from (the same key means the same page), and its search entry, cheaply.
     */
    public record Shortcut(String path, String inputs, Supplier<Optional<Searchable>> search) {
    }

    public PageTask(int size, Supplier<List<Page>> make) {
        this(size, make, null);
    }

    public static PageTask one(Supplier<Page> page) {
        return new PageTask(1, () -> List.of(page.get()));
    }

    /** One page that may be kept by the key of its inputs. */
    public static PageTask one(Supplier<Page> page, Shortcut shortcut) {
        return new PageTask(1, () -> List.of(page.get()), shortcut);
    }

    public Optional<Shortcut> kept() {
        return Optional.ofNullable(shortcut);
    }

    /** Pages already made (the few site-wide ones). */
    public static PageTask made(List<Page> pages) {
        List<Page> copy = List.copyOf(pages);
        return new PageTask(copy.size(), () -> copy);
    }
}
