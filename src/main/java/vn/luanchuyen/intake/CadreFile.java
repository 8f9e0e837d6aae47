package vn.luanchuyen.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A cadre file the import would write: its path, its YAML, the rows it came from and, for each
 * line, the row. {@code ok} when all its rows were read and the checker found no error in it.
 */
public record CadreFile(String id, Path path, String text, List<Integer> rows, Map<Integer, Integer> rowOfLine,
                        boolean ok) {

    public CadreFile {
        rows = List.copyOf(rows);
        rowOfLine = Map.copyOf(rowOfLine);
    }

    CadreFile failed() {
        return new CadreFile(id, path, text, rows, rowOfLine, false);
    }
}
