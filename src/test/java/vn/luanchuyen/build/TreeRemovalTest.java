package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeRemovalTest {
    @TempDir
    Path tmp;

    @Test
    void removesEveryFileAndFolderOfADeepWideTree() throws IOException {
        Path tree = tmp.resolve("output");
        for (int i = 0; i < 40; i++) {
            Path page = Files.createDirectories(tree.resolve("can-bo/cb-" + i + "/lich-su/" + (i % 3)));
            Files.writeString(page.resolve("index.html"), "<p>" + i + "</p>");
            Files.writeString(tree.resolve("can-bo/cb-" + i + "/index.html"), "trang " + i);
        }
        Files.createDirectories(tree.resolve("empty/inside"));
        Files.writeString(tree.resolve("sitemap.xml"), "<urlset/>");

        TreeRemoval.remove(tree);

        assertThat(tree).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void aLinkInsideIsRemovedWithoutTouchingWhatItPointsTo() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "giữ lại");
        Path tree = Files.createDirectories(tmp.resolve("output/a"));
        Files.createSymbolicLink(tree.resolve("link"), outside);

        TreeRemoval.remove(tmp.resolve("output"));

        assertThat(tmp.resolve("output")).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("giữ lại");
    }

    @Test
    void aFolderThatIsNotThereIsNothingToDo() throws IOException {
        TreeRemoval.remove(tmp.resolve("absent"));
        assertThat(tmp).isEmptyDirectory();
    }
}
