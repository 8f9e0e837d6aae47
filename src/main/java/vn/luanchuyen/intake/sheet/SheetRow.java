package vn.luanchuyen.intake.sheet;

import java.util.List;

/** A row of a sheet with its number as the spreadsheet shows it (1 for the first row). */
public record SheetRow(int number, List<OfficeCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (0-based), empty beyond the row's end. */
    public OfficeCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : OfficeCell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(OfficeCell::isBlank);
    }
}
