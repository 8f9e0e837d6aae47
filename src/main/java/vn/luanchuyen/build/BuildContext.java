package vn.luanchuyen.build;

import java.nio.file.Path;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Progress;

/**
 * Everything a build depends on besides the files: the project folder, where output goes,
 * the language of messages, whether internal data is kept, how to show progress, and whether
 * files made from unchanged inputs may be taken from the previous output ({@code reuse}, the
 * default) or everything is rendered afresh.
 */
public record BuildContext(Path root, Path output, Lang lang, boolean internal, Progress progress, boolean reuse) {

    public BuildContext(Path root, Path output, Lang lang, boolean internal) {
        this(root, output, lang, internal, Progress.none(), true);
    }

    public static BuildContext of(Path root, Lang lang, boolean internal) {
        return new BuildContext(root, root.resolve("output"), lang, internal);
    }

    public BuildContext withProgress(Progress p) {
        return new BuildContext(root, output, lang, internal, p, reuse);
    }

    /** Renders every file afresh, ignoring the previous output. */
    public BuildContext fresh() {
        return new BuildContext(root, output, lang, internal, progress, false);
    }
}
