package vn.luanchuyen.intake.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as offices save it from Excel: UTF-8, with or without a byte-order mark, the
 * separator a comma or, as Excel writes under Vietnamese settings, a semicolon (or a tab). A
 * row's number is its record's, so a cell holding a line break does not shift the rows after it.
 */
final class CsvSheet {
    private CsvSheet() {
    }

    static List<SheetRow> read(byte[] bytes) throws IOException, SheetProblem {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<OfficeCell> cells = new ArrayList<>();
                record.forEach(value -> cells.add(new OfficeCell(value, null)));
                rows.add(new SheetRow((int) record.getRecordNumber(), cells));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new SheetProblem("file.csv", e.getMessage());
        }
        return rows;
    }

    /** Strict UTF-8: a file saved as "CSV (Comma delimited)" in a Windows code page is refused, not garbled. */
    private static String decode(byte[] bytes) throws SheetProblem {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SheetProblem("file.encoding");
        }
    }

    /** The separator used most in the first line, outside quotes. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == ',') comma++;
            if (c == ';') semicolon++;
            if (c == '\t') tab++;
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        return tab > comma ? '\t' : ',';
    }
}
