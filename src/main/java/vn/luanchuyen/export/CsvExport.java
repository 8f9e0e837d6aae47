package vn.luanchuyen.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.text.PostNames;

/**
 * The tenures as a CSV table, one row per tenure, with Vietnamese headings, in UTF-8 with a
 * byte-order mark (so that Excel reads the diacritics) and CRLF line ends. Dates are ISO at the
 * precision known; an estimate is marked "có" in the column after it. Rows are sorted by cadre
 * id, then in the order of the cadre's record.
 *
 * <pre>{@code
 * String csv = new CsvExport(false).write(new Redactor().publicView(data));
 * }</pre>
 */
public final class CsvExport {
    /** Written first, so that Excel knows the file is UTF-8. */
    public static final String BOM = "\uFEFF";
    static final List<String> HEADINGS = List.of("Mã", "Họ và tên", "Giới tính", "Quê quán", "Chức vụ", "Phòng",
            "Cơ quan", "Tên chức vụ đầy đủ", "Mã đơn vị", "Đơn vị", "Từ ngày", "Từ ngày ước tính", "Đến ngày",
            "Đến ngày ước tính", "Giữ chức ngày", "Hình thức", "Kết thúc do", "Số quyết định", "Ngày quyết định",
            "Ghi chú", "Nguồn");
    static final String BIRTH_YEAR = "Năm sinh";

    private final boolean withBirthYear;

    /** @param withBirthYear add the (internal) birth year column: only for an internal export */
    public CsvExport(boolean withBirthYear) {
        this.withBirthYear = withBirthYear;
    }

    public String write(Dataset data) {
        UnitIndex units = new UnitIndex(data.units());
        List<String> headings = new ArrayList<>(HEADINGS);
        if (withBirthYear) headings.add(3, BIRTH_YEAR);
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(headings.toArray(String[]::new))
                .setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (TenureRow r : TenureRows.of(data, units)) {
                csv.printRecord(row(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> row(TenureRow r) {
        Tenure t = r.tenure();
        List<String> cells = new ArrayList<>();
        cells.add(r.cadre().id());
        cells.add(r.cadre().name().full());
        cells.add(r.cadre().gender() == null ? "" : r.cadre().gender().label());
        if (withBirthYear) cells.add(r.cadre().birthYear() == null ? "" : String.valueOf(r.cadre().birthYear()));
        cells.add(text(r.cadre().hometown()));
        cells.add(t.post().label());
        cells.add(t.department() == null ? "" : t.department().label());
        cells.add(t.bodyOfPost() == null ? "" : t.bodyOfPost().label());
        cells.add(r.postName());
        cells.add(t.unit());
        cells.add(r.unit() == null ? "" : PostNames.unit(r.unit()));
        cells.add(date(t.from()));
        cells.add(IsoDates.approximate(t.from()) ? "có" : "");
        cells.add(date(t.to()));
        cells.add(IsoDates.approximate(t.to()) ? "có" : "");
        cells.add(date(t.heldOn()));
        cells.add(TenureRow.labels(t.began()));
        cells.add(TenureRow.labels(r.endedBy()));
        cells.add(t.decision() == null ? "" : text(t.decision().number()));
        cells.add(t.decision() == null ? "" : date(t.decision().date()));
        cells.add(text(t.note()));
        cells.add(String.join(", ", t.sources().isEmpty() ? r.cadre().sources() : t.sources()));
        return cells;
    }

    private static String date(PartialDate d) {
        return d == null ? "" : IsoDates.of(d);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
