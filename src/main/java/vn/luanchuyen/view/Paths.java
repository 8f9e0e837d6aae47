package vn.luanchuyen.view;

/**
 * Where every page lives, relative to the site root, and the way back to the root from it.
 * Folder-style paths end in "/" and are written as {@code index.html} inside that folder.
 */
public final class Paths {
    public static final String UNITS = "don-vi/";
    public static final String CADRES = "can-bo/";
    /** The lists of cadres by the letter of their given name, when one list would be too long. */
    public static final String CADRES_BY_LETTER = "can-bo-theo-ten/";
    public static final String MOVES = "luan-chuyen/";
    public static final String PROGRAMMES = "van-ban/";
    public static final String SOURCES = "nguon/";
    public static final String SEARCH = "tim-kiem/";
    public static final String ARTICLES = "bai-viet/";
    public static final String BULLETINS = "ban-tin/";
    /** Where the PDF files are written. */
    public static final String BULLETIN_FILES = "bulletins/";

    private Paths() {
    }

    public static String unit(String id) {
        return UNITS + id + "/";
    }

    public static String cadre(String id) {
        return CADRES + id + "/";
    }

    /** The list of cadres whose given name is filed under {@code letter} ("can-bo-theo-ten/dd/" for Đ). */
    public static String cadresUnder(String letter) {
        return CADRES_BY_LETTER + vn.luanchuyen.text.VietnameseLetters.slug(letter) + "/";
    }

    public static String programme(String id) {
        return PROGRAMMES + id + "/";
    }

    public static String source(String id) {
        return SOURCES + "#" + id;
    }

    /** The file a path is written to: "don-vi/vo-nhai/" → "don-vi/vo-nhai/index.html". */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The page a file holds, the other way from {@link #file}: "don-vi/vo-nhai/index.html" → "don-vi/vo-nhai/". */
    public static String page(String file) {
        return file.equals("index.html") || file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** From a page back to the root: "" for the home page, "../../" for "don-vi/vo-nhai/". */
    public static String root(String path) {
        String file = file(path);
        long depth = file.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
