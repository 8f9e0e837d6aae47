package vn.luanchuyen.view;

import java.util.List;
import java.util.function.Supplier;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.view.Pages.Page;

/**
 * Work that makes one or more pages when run, and how many. The site is a list of these rather
 * than of pages, so pages can be made, rendered and dropped a few at a time on every core
 * instead of all being held in memory at once. A task reads only the {@link ViewContext},
 * which nothing changes once it is built, so tasks may run side by side.
 *
 * <p>A task with {@link Inputs} says what it reads besides what every page may read
 * ({@link SiteViews#shared()}), so a rebuild whose inputs for it are unchanged keeps its pages
 * without making them. A task without (null) reads the whole data and is always made.
 */
public record PageTask(int size, Supplier<List<Page>> make, Inputs inputs) {

    /**
     * What a task reads beyond the shared inputs: the cadres whose records it shows or counts, and
     * for a page of a listing, the moves that fall on the page, in their order (its name gives the
     * listing's length, so how many pages there are); empty otherwise. {@code task} names the task,
     * unique in the site.
     */
    public record Inputs(String task, List<String> cadres, List<Move> order) {
        public Inputs(String task, List<String> cadres) {
            this(task, cadres, List.of());
        }
    }

    public static PageTask one(Supplier<Page> page) {
        return new PageTask(1, () -> List.of(page.get()), null);
    }

    public static PageTask one(Inputs inputs, Supplier<Page> page) {
        return new PageTask(1, () -> List.of(page.get()), inputs);
    }

    /** Pages already made (the few site-wide ones). */
    public static PageTask made(List<Page> pages) {
        List<Page> copy = List.copyOf(pages);
        return new PageTask(copy.size(), () -> copy, null);
    }
}
