package vn.luanchuyen.intake.sheet;

import vn.luanchuyen.model.PartialDate;

/**
 * One cell of a personnel list: its text as shown, and, for a cell Excel stores as a date, that
 * date at the precision its format shows (a cell formatted {@code mm/yyyy} is a month, not the
 * first of the month).
 */
public record OfficeCell(String text, PartialDate date) {
    public static final OfficeCell EMPTY = new OfficeCell("", null);

    public OfficeCell {
        text = text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return text.isEmpty() && date == null;
    }
}
