package vn.luanchuyen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;

/** The problems with files themselves, which a Markdown example in docs/checks.md cannot produce. */
class FileProblemsTest {
    @TempDir
    Path dir;

    private TestProject project() throws IOException {
        return new TestProject(dir).withBase();
    }

    @Test
    void reportsInvalidUtf8WithLineAndColumn() throws IOException {
        byte[] head = "id: a\nname: Nguy".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        TestProject p = project().writeBytes("data/cadres/a.yaml", bytes);
        assertThat(p.lines()).containsExactly("data/cadres/a.yaml:2:11: error [yaml.encoding] the file is not valid UTF-8 (byte 0xC3)"
                + " (hint: save the file as UTF-8 (in Excel or Notepad: \"Save as\", encoding UTF-8))");
    }

    @Test
    void refusesFilesOverTheSizeLimitWithoutParsingThem() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) '#');
        TestProject p = project().writeBytes("data/cadres/big.yaml", big);
        assertThat(p.lines()).containsExactly("data/cadres/big.yaml: error [yaml.too-large] file is too large (20480 KiB;"
                + " the limit is 4096 KiB) (hint: split it: one file per cadre, one per district)");
    }

    @Test
    void reportsABrokenLinkAsUnreadable() throws IOException {
        TestProject p = project();
        Files.createDirectories(dir.resolve("data/cadres"));
        Files.createSymbolicLink(dir.resolve("data/cadres/gone.yaml"), dir.resolve("data/cadres/nowhere.yaml"));
        assertThat(p.lines()).containsExactly("data/cadres/gone.yaml: error [file.unreadable] cannot read the file: the file"
                + " does not exist (a broken link?) (hint: check that the file exists and that you may read it)");
    }

    @Test
    void refusesALinkToAFileOutsideData() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.yaml"), "id: secret\nname: Bí mật\nsources: [bao-mau]\n");
        TestProject p = project();
        Files.createDirectories(dir.resolve("data/cadres"));
        Files.createSymbolicLink(dir.resolve("data/cadres/secret.yaml"), outside);
        assertThat(p.lines()).containsExactly("data/cadres/secret.yaml: error [file.outside] symbolic link to a file outside"
                + " data/ (hint: copy the file into data/ instead of linking to it)");
        assertThat(p.check().data().cadres()).isEmpty();
    }

    @Test
    void findsFilesInFoldersOfAnyNameInPathOrderAndDoesNotFollowLinksToFolders() throws IOException {
        TestProject p = project()
                .write("data/cadres/b.yaml", "id: b\nname: Trần Văn B\nsources: [bao-mau]\n")
                .write("data/cadres/nhom.yaml/c.yaml", "id: c\nname: Lê Thị C\nsources: [bao-mau]\n") // a folder named like a file
                .write("data/cadres/a-b/a.yaml", "id: a\nname: Nguyễn Văn A\nsources: [bao-mau]\n")
                .write("data/cadres/ghi-chu.txt", "not data");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.yaml"), "id: x\nname: Ngoài\nsources: [bao-mau]\n");
        Files.createSymbolicLink(dir.resolve("data/cadres/lien-ket.yaml"), dir.resolve("data/cadres/a-b")); // links to folders: not followed
        Files.createSymbolicLink(dir.resolve("data/cadres/thu-muc"), elsewhere);
        assertThat(p.lines()).isEmpty();
        // in the order of the files' paths, as a walk of the folders sorted by path gives them ("a-b/" before "b.yaml")
        assertThat(p.check().data().cadres()).extracting(c -> c.id()).containsExactly("a", "b", "c");
        assertThat(p.check().files().keySet()).filteredOn(f -> f.startsWith("data/cadres/"))
                .containsExactly("data/cadres/a-b/a.yaml", "data/cadres/b.yaml", "data/cadres/nhom.yaml/c.yaml");
    }

    @Test
    void saysWhenThereIsNoDataFolder() {
        assertThat(new TestProject(dir).lines()).containsExactly(
                "data: error [data.missing] there is no data/ folder (hint: run the command in the project folder, or create data/)");
    }
}
