package vn.luanchuyen.intake.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.luanchuyen.model.PartialDate;

/**
 * The first sheet of an Excel workbook. Cells are read as Excel shows them; formulas by their
 * value. A date cell keeps the precision of its format: {@code dd/mm/yyyy} a day,
 * {@code mm/yyyy} a month, {@code yyyy} a year.
 */
final class WorkbookSheet {
    private WorkbookSheet() {
    }

    static List<SheetRow> read(byte[] bytes) throws IOException, SheetProblem {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) return List.of();
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<OfficeCell> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? OfficeCell.EMPTY : cell(cell, formatter, evaluator));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (EncryptedDocumentException e) {
            throw new SheetProblem("file.encrypted");
        } catch (org.apache.poi.ooxml.POIXMLException | IllegalArgumentException e) {
            // not a workbook, an empty file, a format POI does not read (UnsupportedFileFormatException is one)
            throw new SheetProblem("file.workbook", e.getClass().getSimpleName());
        }
    }

    private static OfficeCell cell(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = formatter.formatCellValue(cell, evaluator);
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate d = cell.getLocalDateTimeCellValue().toLocalDate();
            return new OfficeCell(text, precise(d, cell.getCellStyle().getDataFormatString()));
        }
        return new OfficeCell(text, null);
    }

    /** The date as precise as the cell's format shows it; literals and [locale] parts are left out. */
    static PartialDate precise(LocalDate d, String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT)
                .replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        if (f.contains("d")) return PartialDate.of(d);
        if (f.contains("m")) return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
        if (f.contains("y")) return PartialDate.ofYear(d.getYear());
        return PartialDate.of(d);
    }
}
