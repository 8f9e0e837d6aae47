package vn.luanchuyen.build;

import java.nio.file.Path;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Progress;

/**
 * Everything a build depends on besides the files: the project folder, where output goes,
 * the language of messages, whether internal data is kept, how to show progress, and whether
 * files made from unchanged inputs may be taken from the previous output ({@code reuse}, the
 * default) or everything is rendered afresh, and what this process kept from its earlier builds
 * ({@code memory}: the data files parsed, the history read; null for none). With {@code verify} (for tests), pages whose inputs are
 * unchanged are made anyway, and the build fails if one would differ from the page kept.
 */
public record BuildContext(Path root, Path output, Lang lang, boolean internal, Progress progress, boolean reuse,
                           ProcessMemory memory, boolean verify) {

    public BuildContext(Path root, Path output, Lang lang, boolean internal) {
        this(root, output, lang, internal, Progress.none(), true, null, false);
    }

    public static BuildContext of(Path root, Lang lang, boolean internal) {
        return new BuildContext(root, root.resolve("output"), lang, internal);
    }

    public BuildContext withProgress(Progress p) {
        return new BuildContext(root, output, lang, internal, p, reuse, memory, verify);
    }

    /** Renders every file afresh, ignoring the previous output. */
    public BuildContext fresh() {
        return new BuildContext(root, output, lang, internal, progress, false, memory, verify);
    }

    /**
     * Keeps parsed data files and the history read between builds of one process (the preview
     * server): only changed files are parsed again, git only read again after a commit.
     */
    public BuildContext withMemory(ProcessMemory kept) {
        return new BuildContext(root, output, lang, internal, progress, reuse, kept, verify);
    }

    /** Makes even the pages kept by their tasks' unchanged inputs, and fails if one would differ (for tests). */
    public BuildContext verifyingKeptPages() {
        return new BuildContext(root, output, lang, internal, progress, reuse, memory, true);
    }
}
