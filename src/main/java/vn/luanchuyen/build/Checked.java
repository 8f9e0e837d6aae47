package vn.luanchuyen.build;

import java.nio.file.Path;
import java.util.List;
import vn.luanchuyen.check.Checker;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.load.DatasetLoader;
import vn.luanchuyen.load.LinkCheck;
import vn.luanchuyen.load.ParsedFiles;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.reuse.Memo;

/** The data of a project, loaded and checked, with every problem found, and the digest of each data file read. */
public record Checked(Dataset data, List<Diagnostic> diagnostics, java.util.SortedMap<String, String> files) {

    public static Checked of(Path root) {
        return of(root, null, Memo.none());
    }

    /**
     * As {@link #of(Path)}, parsing again only the files changed since {@code parsed} saw them (null:
     * all), and looking again only at the cadres whose records changed since the last check kept in
     * {@code memo}.
     */
    public static Checked of(Path root, ParsedFiles parsed, Memo memo) {
        Diagnostics diagnostics = new Diagnostics();
        DatasetLoader.Loaded loaded = new DatasetLoader(root, parsed).loadFiles(diagnostics);
        LinkCheck.outside(root, List.of("content", "templates"), diagnostics);
        Checker.keeping(memo).check(loaded.data(), diagnostics);
        return new Checked(loaded.data(), diagnostics.sorted(), loaded.digests());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
