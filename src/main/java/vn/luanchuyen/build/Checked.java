package vn.luanchuyen.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.check.Checker;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.load.DatasetLoader;
import vn.luanchuyen.load.LinkCheck;
import vn.luanchuyen.load.ParsedFiles;
import vn.luanchuyen.model.Dataset;

/** The data of a project, loaded and checked, with every problem found and a digest of each data file. */
public record Checked(Dataset data, List<Diagnostic> diagnostics, Map<String, String> digests) {

    public Checked(Dataset data, List<Diagnostic> diagnostics) {
        this(data, diagnostics, Map.of());
    }

    public static Checked of(Path root) {
        return of(root, null);
    }

    /** As {@link #of(Path)}, parsing again only the files changed since {@code parsed} saw them (null: all). */
    public static Checked of(Path root, ParsedFiles parsed) {
        Diagnostics diagnostics = new Diagnostics();
        DatasetLoader.Read read = new DatasetLoader(root, parsed).read(diagnostics);
        Dataset data = read.data();
        LinkCheck.outside(root, List.of("content", "templates"), diagnostics);
        new Checker().check(data, diagnostics);
        return new Checked(data, diagnostics.sorted(), read.digests());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
