package vn.luanchuyen.bulletin;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Sets the blocks of each {@code <div class="columns">} in two columns, as pairs of cells of a few
 * blocks each, balanced by their estimated height; a heading, or a paragraph that introduces a
 * list, stays with what follows it; what cannot be balanced (a single block) stays one column. CSS multi-column layout would be simpler, but
 * the PDF library leaves text in such columns out of the tagged structure (PDF/UA); two cells of a
 * CSS table keep the reading order (left column, then right) and the tags. Small groups that are
 * not split across pages keep that order on paper too.
 */
final class ColumnBalancer {
    /** Characters in a line of a column, and lines in one column of a group. */
    static final int LINE_CHARS = 50;
    static final int COLUMN_LINES = 18;

    void balance(Document doc) {
        NodeList divs = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "div");
        List<Element> containers = new ArrayList<>();
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (hasClass(e, "columns")) containers.add(e);
        }
        containers.forEach(c -> rebuild(doc, c));
    }

    private void rebuild(Document doc, Element container) {
        List<Element> blocks = new ArrayList<>();
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) blocks.add(e);
        }
        while (container.getFirstChild() != null) container.removeChild(container.getFirstChild());
        container.appendChild(doc.createTextNode("\n"));
        for (List<List<Element>> group : groups(units(splitLists(doc, blocks)))) {
            int split = split(group);
            Element row;
            if (split == group.size()) {
                row = div(doc, "column-single");
                group.forEach(u -> u.forEach(row::appendChild));
            } else {
                row = div(doc, "column-group");
                Element left = div(doc, "column column-left");
                Element right = div(doc, "column column-right");
                for (int i = 0; i < group.size(); i++) group.get(i).forEach((i < split ? left : right)::appendChild);
                row.appendChild(left);
                row.appendChild(right);
            }
            container.appendChild(row);
            container.appendChild(doc.createTextNode("\n"));
        }
    }

    /**
     * Long lists cut into lists of a few items, so that they can flow from column to column; a cut
     * ordered list goes on counting ({@code start}).
     */
    private List<Element> splitLists(Document doc, List<Element> blocks) {
        List<Element> out = new ArrayList<>();
        for (Element b : blocks) {
            boolean list = b.getLocalName().equals("ul") || b.getLocalName().equals("ol");
            if (!list || lines(b) <= COLUMN_LINES / 2) {
                out.add(b);
                continue;
            }
            List<Element> items = new ArrayList<>();
            for (Node n = b.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) items.add(e);
            }
            Element part = null;
            int weight = 0;
            for (int i = 0; i < items.size(); i++) {
                int w = lines(items.get(i));
                if (part == null || weight + w > COLUMN_LINES / 2) {
                    part = (Element) b.cloneNode(false);
                    if (b.getLocalName().equals("ol") && i > 0) part.setAttribute("start", String.valueOf(i + 1));
                    out.add(part);
                    weight = 0;
                }
                part.appendChild(items.get(i));
                weight += w;
            }
        }
        return out;
    }

    /** Blocks that must stay together: a heading, or a paragraph ending in ":", with what follows. */
    private static List<List<Element>> units(List<Element> blocks) {
        List<List<Element>> out = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        for (Element b : blocks) {
            current.add(b);
            if (!keepsWithNext(b)) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /** Consecutive units up to two columns' worth; a short remainder joins the group before it. */
    private static List<List<List<Element>>> groups(List<List<Element>> units) {
        List<List<List<Element>>> out = new ArrayList<>();
        List<List<Element>> current = new ArrayList<>();
        int weight = 0;
        for (List<Element> u : units) {
            int w = weight(u);
            if (!current.isEmpty() && weight + w > 2 * COLUMN_LINES) {
                out.add(current);
                current = new ArrayList<>();
                weight = 0;
            }
            current.add(u);
            weight += w;
        }
        if (!current.isEmpty()) {
            int last = current.stream().mapToInt(ColumnBalancer::weight).sum();
            if (!out.isEmpty() && last < COLUMN_LINES / 2) out.get(out.size() - 1).addAll(current);
            else out.add(current);
        }
        return out;
    }

    /** Where the right column starts: the most even split, the left column the longer on a tie. */
    private static int split(List<List<Element>> group) {
        int total = group.stream().mapToInt(ColumnBalancer::weight).sum();
        int best = group.size();
        int bestDiff = Integer.MAX_VALUE;
        int left = 0;
        for (int i = 1; i <= group.size(); i++) {
            left += weight(group.get(i - 1));
            int diff = Math.abs(2 * left - total) * 2 + (left < total - left ? 1 : 0);
            if (diff < bestDiff) {
                best = i;
                bestDiff = diff;
            }
        }
        return best;
    }

    private static int weight(List<Element> unit) {
        return unit.stream().mapToInt(ColumnBalancer::lines).sum();
    }

    /** Estimated height in lines: text lines plus the space around a block; headings count double. */
    static int lines(Element e) {
        int chars = e.getTextContent().strip().replaceAll("\\s+", " ").length();
        int items = e.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "li").getLength();
        int text = (chars + LINE_CHARS - 1) / LINE_CHARS + items;
        return isHeading(e) ? 2 * text + 1 : text + 1;
    }

    private static boolean isHeading(Element e) {
        return e.getLocalName().matches("h[1-6]");
    }

    private static boolean keepsWithNext(Element e) {
        return isHeading(e) || (e.getLocalName().equals("p") && e.getTextContent().strip().endsWith(":"));
    }

    private static boolean hasClass(Element e, String cls) {
        return (" " + e.getAttribute("class") + " ").contains(" " + cls + " ");
    }

    private static Element div(Document doc, String cls) {
        Element d = doc.createElementNS(XhtmlDocument.XHTML_NS, "div");
        d.setAttribute("class", cls);
        return d;
    }
}
