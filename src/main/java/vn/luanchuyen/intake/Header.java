package vn.luanchuyen.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.intake.sheet.OfficeCell;
import vn.luanchuyen.intake.sheet.SheetProblem;
import vn.luanchuyen.intake.sheet.SheetRow;
import vn.luanchuyen.text.Fold;

/**
 * The heading row of a list and the column each field is in. Lists often open with a title
 * ("DANH SÁCH CÁN BỘ …") above the headings, so the heading row is the first one that has a
 * "Họ và tên" column and a "Chức vụ" or "Đơn vị" column.
 */
record Header(int row, Map<Column, Integer> columns, List<String> ignored) {

    static Header find(List<SheetRow> rows) throws SheetProblem {
        for (SheetRow r : rows) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < r.cells().size(); i++) {
                String text = r.cell(i).text();
                if (text.isEmpty()) continue;
                Optional<Column> c = Column.of(text);
                if (c.isPresent() && !columns.containsKey(c.get())) columns.put(c.get(), i);
                else if (!Column.ROW_NUMBERS.contains(Fold.key(text))) ignored.add(text);
            }
            if (!columns.containsKey(Column.NAME)) continue;
            if (!columns.containsKey(Column.POST) && !columns.containsKey(Column.UNIT) && !columns.containsKey(Column.UNIT_ID)) continue;
            if (!columns.containsKey(Column.POST)) throw new SheetProblem("file.column-missing", r.number(), Column.POST.heading());
            if (!columns.containsKey(Column.UNIT) && !columns.containsKey(Column.UNIT_ID)) {
                throw new SheetProblem("file.column-missing", r.number(), Column.UNIT.heading());
            }
            return new Header(r.number(), columns, ignored);
        }
        throw new SheetProblem("file.no-header", Column.NAME.heading(), Column.POST.heading(), Column.UNIT.heading());
    }

    OfficeCell cell(SheetRow r, Column c) {
        Integer i = columns.get(c);
        return i == null ? OfficeCell.EMPTY : r.cell(i);
    }

    String text(SheetRow r, Column c) {
        return cell(r, c).text();
    }
}
