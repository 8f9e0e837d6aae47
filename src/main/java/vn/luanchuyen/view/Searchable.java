package vn.luanchuyen.view;

import java.util.Optional;
import vn.luanchuyen.view.Pages.CadrePage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ProgrammePage;
import vn.luanchuyen.view.Pages.UnitPage;

/** What the search index holds of a page: its title, address, kind, and the text to match. */
public record Searchable(String title, String path, String kind, String text) {

    /** The entry of a cadre, unit or programme page; other pages are not searched. */
    public static Optional<Searchable> of(Page p) {
        if (p.page() instanceof CadrePage c) return Optional.of(cadre(c.name(), p.path(), c.current()));
        if (p.page() instanceof UnitPage u) return Optional.of(new Searchable(u.name(), p.path(), "Đơn vị", u.name()));
        if (p.page() instanceof ProgrammePage g) return Optional.of(new Searchable(g.title(), p.path(), "Văn bản", g.title() + " " + g.issuer()));
        return Optional.empty();
    }

    /** A cadre by name and current posts (also for a cadre page kept without being made). */
    static Searchable cadre(String name, String path, java.util.List<String> current) {
        return new Searchable(name, path, "Cán bộ", name + " " + String.join(" ", current));
    }
}
