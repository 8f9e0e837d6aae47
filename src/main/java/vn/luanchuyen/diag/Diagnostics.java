package vn.luanchuyen.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics while a step runs; not shared between threads. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    public void add(Diagnostic d) {
        list.add(d);
    }

    public void error(String code, SourcePos at, Object... args) {
        add(Diagnostic.error(code, at, args));
    }

    public void warning(String code, SourcePos at, Object... args) {
        add(Diagnostic.warning(code, at, args));
    }

    public void addAll(List<Diagnostic> more) {
        list.addAll(more);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics, sorted by file, line, column and code, without repeats. */
    public List<Diagnostic> sorted() {
        return list.isEmpty() ? List.of() : list.stream().distinct().sorted().toList();
    }
}
