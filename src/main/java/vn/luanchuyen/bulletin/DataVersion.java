package vn.luanchuyen.bulletin;

import java.util.List;

/**
 * Which version of the data a bulletin prints in its running header ("bản dữ liệu abc1234"): the
 * short id of the last commit that changed the files of its records. A commit elsewhere in the
 * data leaves the bulletin's bytes alone, so it is not laid out again.
 */
@FunctionalInterface
public interface DataVersion {
    /** The short commit id for these data files; "" prints nothing. */
    String of(List<String> files);

    /** No version printed: outside git, or a bulletin made on its own. */
    static DataVersion none() {
        return files -> "";
    }
}
