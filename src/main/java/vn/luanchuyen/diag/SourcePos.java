package vn.luanchuyen.diag;

/**
 * A place in a source file: project-relative path with forward slashes, 1-based line and column.
 * Line 0 means "the whole file".
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos file(String file) {
        return new SourcePos(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
