package vn.luanchuyen.scaffold;

import java.util.List;

/**
 * Where the {@code tenures:} list of a cadre file lies, in lines, so that a tenure can be added
 * and an end date set without rewriting the rest of the file (its comments and order stay).
 */
final class TenureBlock {
    private final int key;
    private final int end;

    private TenureBlock(int key, int end) {
        this.key = key;
        this.end = end;
    }

    /** Finds "tenures:" at the left margin; the block runs to the next top-level key or the end. */
    static TenureBlock in(List<String> lines) {
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("tenures:")) key = i;
        }
        if (key < 0) {
            lines.add("tenures:");
            return new TenureBlock(lines.size() - 1, lines.size());
        }
        int end = key + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" ") || lines.get(end).startsWith("#"))) {
            end++;
        }
        while (end > key + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) end--;
        return new TenureBlock(key, end);
    }

    /** The index after the last line of the item that starts at {@code start} (0-based): its lines are indented deeper. */
    int endOfItem(List<String> lines, int start) {
        int i = start + 1;
        while (i < end && lines.get(i).startsWith("    ")) i++;
        return i;
    }

    void append(List<String> lines, List<String> item) {
        if (lines.get(key).trim().equals("tenures: []")) lines.set(key, "tenures:");
        lines.addAll(end, item);
    }
}
