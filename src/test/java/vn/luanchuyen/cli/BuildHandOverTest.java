package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.serve.Preview;

/**
 * While a preview server runs for a project, {@code build} hands its build to it (the server keeps
 * the data as read and the history) and prints what the server's build printed; the output is what
 * a fresh build gives. Only a live server of the same program and kind of build, asked with the
 * secret of {@code output.server}, takes it.
 */
class BuildHandOverTest {
    private TestProject project;
    private Preview preview;

    @BeforeEach
    void start() throws IOException {
        project = TestProject.generated(12);
        preview = Preview.start(BuildContext.of(project.root(), Lang.VI, false), 0, BuildCommand::run);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
        project.close();
    }

    private Path serverFile() {
        return project.root().resolve("output.server");
    }

    private static Printed build(String... args) {
        return Printed.run(args);
    }

    private void rename(String suffix) throws IOException {
        Path cadre = project.root().resolve("data/cadres/cb-1.yaml");
        String text = Files.readString(cadre, StandardCharsets.UTF_8);
        String renamed = text.replaceFirst("(?m)^name: (.+)$", "name: $1 " + suffix);
        assertThat(renamed).isNotEqualTo(text);
        Files.writeString(cadre, renamed, StandardCharsets.UTF_8);
    }

    @Test
    void theBuildIsHandedToTheRunningServerAndGivesWhatAFreshBuildGives() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(serverFile()))).as("the secret is the owner's only")
                .isEqualTo("rw-------");
        rename("Bàn Giao");
        Printed p = build("build", "--project", project.root().toString(), "--timings");
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(preview.handedOver()).isOne();
        assertThat(p.out()).startsWith("đã dựng output/: ");
        assertThat(p.err()).as("the phases of the server's build, asked for with --timings").contains("load and check", "site: pages")
                .startsWith("lưu ý: máy chủ xem trước đang chạy cho dự án này (tiến trình " + ProcessHandle.current().pid() + ") dựng");
        assertThat(Files.readString(project.root().resolve("output/can-bo/cb-1/index.html"), StandardCharsets.UTF_8)).contains("Bàn Giao");

        Path fresh = project.root().resolve("fresh");
        Printed here = build("build", "--project", project.root().toString(), "--here");
        assertThat(here.exit()).isZero();
        assertThat(here.err()).doesNotContain("máy chủ xem trước");
        assertThat(preview.handedOver()).as("--here builds in the command's own process").isOne();
        new vn.luanchuyen.build.Build(new BuildContext(project.root(), fresh, Lang.VI, false).fresh()).run();
        Map<String, byte[]> expected = TestProject.output(fresh);
        Map<String, byte[]> actual = TestProject.output(project.root().resolve("output"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aHandedBuildThatFindsErrorsSaysWhereAndExitsAsTheCommandDoes() throws Exception {
        Path cadre = project.root().resolve("data/cadres/cb-1.yaml");
        Files.writeString(cadre, Files.readString(cadre, StandardCharsets.UTF_8).replaceFirst("(?m)^name: ", "nmae: "), StandardCharsets.UTF_8);
        Printed p = build("build", "--project", project.root().toString(), "--lang", "en");
        assertThat(preview.handedOver()).isOne();
        assertThat(p.exit()).isEqualTo(Main.BAD_DATA);
        assertThat(p.err()).startsWith("note: the preview server running for this project").contains("data/cadres/cb-1.yaml:").contains("nmae")
                .contains("build stopped: output/ left unchanged");
        assertThat(p.out()).isEmpty();
    }

    @Test
    void onlyTheSecretOfTheServerFileStartsABuild() throws Exception {
        java.util.Properties file = new java.util.Properties();
        try (var in = Files.newBufferedReader(serverFile(), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        int port = Integer.parseInt(file.getProperty("port"));
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__build"))
                .header("X-Luanchuyen-Token", "0".repeat(32))
                .POST(HttpRequest.BodyPublishers.ofString("fresh=true\ntimings=false\nlang=VI\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/__build"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(preview.handedOver()).isZero();
    }

    @Test
    void anInternalBuildIsNotHandedToAPublicServer() {
        Printed p = build("build", "--project", project.root().toString(), "--internal");
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(preview.handedOver()).isZero();
    }

    @Test
    void aServerThatDoesNotAnswerLeavesTheBuildToTheCommand() throws Exception {
        String file = Files.readString(serverFile(), StandardCharsets.UTF_8);
        preview.close(); // its port closes; the same file, of this live process, written back
        Files.writeString(serverFile(), file, StandardCharsets.UTF_8);
        Printed p = build("build", "--project", project.root().toString(), "--lang", "en");
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.err()).contains("note: the preview server running for this project", "note: the preview server did not answer; building here");
        assertThat(p.out()).startsWith("built output/: ");
        assertThat(preview.handedOver()).isZero();
        Files.deleteIfExists(serverFile());
        preview = Preview.start(BuildContext.of(project.root(), Lang.VI, false), 0, BuildCommand::run); // for stop()
    }

    @Test
    void theFileOfAServerThatIsGoneIsIgnoredAndRemoved() throws Exception {
        preview.close();
        assertThat(serverFile()).as("removed when the server stops").doesNotExist();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(serverFile(), "port=1\ntoken=" + "0".repeat(32) + "\npid=" + gone.pid() + "\nprogram=x\ninternal=false\n",
                StandardCharsets.UTF_8);
        Printed p = build("build", "--project", project.root().toString());
        assertThat(p.exit()).as(p.err()).isZero();
        assertThat(p.out()).startsWith("đã dựng output/: ");
        assertThat(serverFile()).doesNotExist();
        preview = Preview.start(BuildContext.of(project.root(), Lang.VI, false), 0, BuildCommand::run); // for stop()
    }
}
