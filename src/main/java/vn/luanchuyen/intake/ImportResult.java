package vn.luanchuyen.intake;

import java.util.List;

/**
 * What an import found: the cadre files it would write, every problem (by row; row 0 for the file
 * as a whole) and the number of rows read.
 */
public record ImportResult(List<CadreFile> files, List<RowProblem> problems, int rows) {

    public ImportResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Whether any row (or the file) could not be imported. */
    public boolean failed() {
        return problems.stream().anyMatch(RowProblem::error);
    }

    /** How many rows could not be imported. */
    public long failedRows() {
        return problems.stream().filter(RowProblem::error).map(RowProblem::row).filter(r -> r > 0).distinct().count();
    }

    /** Whether a problem concerns the whole file, so that no cadre may be written. */
    public boolean fileFailed() {
        return problems.stream().anyMatch(p -> p.error() && p.row() == 0);
    }
}
