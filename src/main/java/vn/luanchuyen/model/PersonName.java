package vn.luanchuyen.model;

/**
 * A Vietnamese full name. Họ is the first word, tên the last and đệm what lies between, unless
 * the record gives họ explicitly (compound family names such as "Tôn Nữ").
 */
public record PersonName(String full, String givenHo) {

    public String ho() {
        if (givenHo != null) return givenHo;
        int space = full.indexOf(' ');
        return space < 0 ? "" : full.substring(0, space);
    }

    public String ten() {
        int space = full.lastIndexOf(' ');
        return space < 0 ? full : full.substring(space + 1);
    }

    public String dem() {
        String rest = full.substring(Math.min(full.length(), ho().length())).trim();
        int space = rest.lastIndexOf(' ');
        return space < 0 ? "" : rest.substring(0, space).trim();
    }

    @Override
    public String toString() {
        return full;
    }
}
