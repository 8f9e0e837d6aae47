package vn.luanchuyen.bulletin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fails, before rendering, on any character of a bulletin's printed text that the fonts cannot
 * draw (the PDF library would silently print "#"), naming the character and where it came from.
 * Printed text is the text of the body; the head (title, metadata, bookmarks) is not drawn.
 */
final class GlyphCheck {
    private final BulletinFonts fonts;
    private final TextOrigins origins;

    GlyphCheck(BulletinFonts fonts, TextOrigins origins) {
        this.fonts = fonts;
        this.origins = origins;
    }

    void check(Document doc) {
        Node body = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "body").item(0);
        if (body != null) walk(body);
    }

    private void walk(Node n) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            check(n.getNodeValue(), n);
            return;
        }
        if (n instanceof Element e && "style".equals(e.getLocalName())) return;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) walk(c);
    }

    private void check(String text, Node node) {
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || fonts.covers(cp)) return;
            String ch = new String(Character.toChars(cp));
            throw new BulletinException(String.format("ký tự U+%04X \"%s\" không có trong phông chữ của bản tin (%s, %s); "
                            + "nó nằm trong \"%s\", lấy từ %s (gợi ý: thay bằng ký tự khác hoặc bỏ đi)",
                    cp, ch, BulletinFonts.SERIF, BulletinFonts.SANS, excerpt(text, ch), origins.of(ch, text)));
        });
    }

    private static String excerpt(String text, String ch) {
        String t = text.strip().replaceAll("\\s+", " ");
        int at = t.indexOf(ch);
        int from = Math.max(0, at - 30);
        int to = Math.min(t.length(), at + ch.length() + 30);
        return (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
    }
}
