package vn.luanchuyen.view;

/**
 * What every page's head needs: the title, a description for search engines and Open Graph,
 * where the page lives, the way back to the root, the Open Graph type, and schema.org JSON-LD
 * (already serialised; empty when the page has none).
 */
public record PageMeta(String title, String description, String path, String root, String ogType, String jsonLd) {

    public static PageMeta of(String title, String description, String path, String ogType, String jsonLd) {
        return new PageMeta(title, description, path, Paths.root(path), ogType, jsonLd);
    }
}
