package vn.luanchuyen.build;

import java.nio.file.Path;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Progress;

/**
 * Everything a build depends on besides the files: the project folder, where output goes,
 * the language of messages, whether internal data is kept, and how to show progress.
 */
public record BuildContext(Path root, Path output, Lang lang, boolean internal, Progress progress) {

    public BuildContext(Path root, Path output, Lang lang, boolean internal) {
        this(root, output, lang, internal, Progress.none());
    }

    public static BuildContext of(Path root, Lang lang, boolean internal) {
        return new BuildContext(root, root.resolve("output"), lang, internal);
    }

    public BuildContext withProgress(Progress p) {
        return new BuildContext(root, output, lang, internal, p);
    }
}
