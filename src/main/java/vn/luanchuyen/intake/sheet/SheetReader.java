package vn.luanchuyen.intake.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a personnel list: an Excel workbook (its first sheet) or a CSV file. The
 * only classes that import Apache POI and Commons CSV for reading are in this package.
 *
 * <pre>{@code
 * List<SheetRow> rows = SheetReader.read(Path.of("danh-sach.xlsx"));
 * }</pre>
 */
public final class SheetReader {
    /** Larger lists are split by the office; a bigger file is most likely not a list. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private SheetReader() {
    }

    public static List<SheetRow> read(Path file) throws IOException, SheetProblem {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
        if (!workbook && !name.endsWith(".csv")) throw new SheetProblem("file.kind", file.getFileName());
        if (Files.size(file) > MAX_BYTES) throw new SheetProblem("file.too-large", file.getFileName(), MAX_BYTES / 1024 / 1024);
        byte[] bytes = Files.readAllBytes(file);
        return workbook ? WorkbookSheet.read(bytes) : CsvSheet.read(bytes);
    }
}
