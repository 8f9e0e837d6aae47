package vn.luanchuyen.intake;

/**
 * Why a row could not be imported as it is ({@code error}), or something to look at
 * ({@code !error}), in the chosen language. Row 0 is the file as a whole.
 */
public record RowProblem(int row, boolean error, String text) implements Comparable<RowProblem> {

    /** {@code dòng 7: không rõ đơn vị "Xã X"}; a problem of the whole file has no row. */
    public String format(vn.luanchuyen.diag.Lang lang) {
        if (row == 0) return text;
        return (lang == vn.luanchuyen.diag.Lang.EN ? "row " : "dòng ") + row + ": " + text;
    }

    @Override
    public int compareTo(RowProblem o) {
        return Integer.compare(row, o.row);
    }
}
