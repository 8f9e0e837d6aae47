package vn.luanchuyen.build;

import java.nio.file.Path;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Progress;
import vn.luanchuyen.load.ParsedFiles;

/**
 * Everything a build depends on besides the files: the project folder, where output goes,
 * the language of messages, whether internal data is kept, how to show progress, and whether
 * files made from unchanged inputs may be taken from the previous output ({@code reuse}, the
 * default) or everything is rendered afresh, and the data files already parsed in this
 * process ({@code parsed}, null for none). With {@code verify} (for tests), pages whose inputs are
 * unchanged are made anyway, and the build fails if one would differ from the page kept.
 */
public record BuildContext(Path root, Path output, Lang lang, boolean internal, Progress progress, boolean reuse,
                           ParsedFiles parsed, boolean verify) {

    public BuildContext(Path root, Path output, Lang lang, boolean internal) {
        this(root, output, lang, internal, Progress.none(), true, null, false);
    }

    public static BuildContext of(Path root, Lang lang, boolean internal) {
        return new BuildContext(root, root.resolve("output"), lang, internal);
    }

    public BuildContext withProgress(Progress p) {
        return new BuildContext(root, output, lang, internal, p, reuse, parsed, verify);
    }

    /** Renders every file afresh, ignoring the previous output. */
    public BuildContext fresh() {
        return new BuildContext(root, output, lang, internal, progress, false, parsed, verify);
    }

    /** Keeps parsed data files between builds of one process (the preview server): only changed files are parsed again. */
    public BuildContext withParsedFiles(ParsedFiles files) {
        return new BuildContext(root, output, lang, internal, progress, reuse, files, verify);
    }

    /** Makes even the pages kept by their tasks' unchanged inputs, and fails if one would differ (for tests). */
    public BuildContext verifyingKeptPages() {
        return new BuildContext(root, output, lang, internal, progress, reuse, parsed, true);
    }
}
