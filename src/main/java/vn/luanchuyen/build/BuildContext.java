package vn.luanchuyen.build;

import java.nio.file.Path;
import vn.luanchuyen.diag.Lang;

/**
 * Everything a build depends on besides the files: the project folder, where output goes,
 * the language of messages and whether internal data is kept.
 */
public record BuildContext(Path root, Path output, Lang lang, boolean internal) {

    public static BuildContext of(Path root, Lang lang, boolean internal) {
        return new BuildContext(root, root.resolve("output"), lang, internal);
    }
}
