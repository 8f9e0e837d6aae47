package vn.luanchuyen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file a preview server leaves beside the output folder: read back as written, removed only by its own server. */
class ServerFileTest {
    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("output");
    }

    @Test
    void isReadBackAsWrittenAndNamesThisProcessAndProgram() throws Exception {
        ServerFile written = ServerFile.forThisProcess(43210, ServerFile.newSecret(), true);
        written.write(output());
        assertThat(dir.resolve("output.server")).isRegularFile();
        assertThat(ServerFile.read(output())).contains(written);
        assertThat(written.alive()).isTrue();
        assertThat(written.program()).isEqualTo(ServerFile.thisProgram()).isNotEqualTo("unknown");
        assertThat(written.token()).hasSize(32).isNotEqualTo(ServerFile.newSecret());
    }

    @Test
    void aLaterServersFileIsNotRemovedByAnEarlierOne() throws Exception {
        ServerFile earlier = ServerFile.forThisProcess(1111, ServerFile.newSecret(), false);
        earlier.write(output());
        ServerFile later = ServerFile.forThisProcess(2222, ServerFile.newSecret(), false);
        later.write(output());
        earlier.removeFrom(output());
        assertThat(ServerFile.read(output())).as("the later server's file stays").contains(later);
        later.removeFrom(output());
        assertThat(dir.resolve("output.server")).doesNotExist();
    }

    @Test
    void aDamagedFileOrOneOfAProcessThatIsGoneIsNoServer() throws Exception {
        Files.writeString(dir.resolve("output.server"), "port=abc\ntoken=x\n", StandardCharsets.UTF_8);
        assertThat(ServerFile.read(output())).isEmpty();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        ServerFile dead = new ServerFile(1, "00", gone.pid(), ServerFile.thisProgram(), false);
        assertThat(dead.alive()).isFalse();
    }
}
