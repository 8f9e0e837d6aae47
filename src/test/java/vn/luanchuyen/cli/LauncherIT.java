package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;

/** Runs the real {@code ./luanchuyen} launcher on the packaged jar, as a user would. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("luanchuyen").toAbsolutePath();

    record Run(int exit, String out, String err) {
    }

    private static Run run(Path cwd, String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), cwd, args);
    }

    private static Run run(java.util.Map<String, String> env, Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }


    static void copyProject(Path dir) throws IOException {
        for (String folder : new String[] {"data", "content", "templates"}) TestProject.copyTree(Path.of(folder), dir.resolve(folder));
    }

    @Test
    void checksTheSampleDataCleanly() throws Exception {
        Run r = run(Path.of("."), "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("0 lỗi, 0 cảnh báo\n");
    }

    @Test
    void buildsTheSampleIntoOutput(@TempDir Path dir) throws Exception {
        copyProject(dir);
        Run r = run(dir, "build");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("output/index.html"))).contains("<html lang=\"vi\">", "Nguyễn Hồng Sơn");
        assertThat(Files.readString(dir.resolve("output/can-bo/nguyen-hong-son/index.html")))
                .contains("Bí thư Đảng ủy xã Cúc Đường", "Trưởng phòng Tài nguyên và Môi trường huyện Võ Nhai");
    }

    @Test
    void reportsBadDataWithPositionsAndLeavesOutputAsItWas(@TempDir Path dir) throws Exception {
        copyProject(dir);
        assertThat(run(dir, "build").exit()).isZero();
        String before = Files.readString(dir.resolve("output/index.html"));
        Path cadre = dir.resolve("data/cadres/nguyen-hong-son.yaml");
        Files.writeString(cadre, Files.readString(cadre).replace("from: 2020-03", "from: 2020-13"));

        Run check = run(dir, "check", "--lang", "en");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("data/cadres/nguyen-hong-son.yaml:12:11: error [date.invalid] \"2020-13\" in \"from\" is not a real date");

        Run build = run(dir, "build");
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.err()).contains("[date.invalid]", "output/ giữ nguyên");
        assertThat(Files.readString(dir.resolve("output/index.html"))).isEqualTo(before);
    }

    /** The class archive a build leaves is taken up by the next run and maps on this JVM with this jar. */
    @Test
    void aBuildLeavesAClassArchiveThatLaterRunsMap(@TempDir Path dir) throws Exception {
        Path target = LAUNCHER.getParent().resolve("target");
        try (var files = Files.list(target)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("luanchuyen.jsa")).toList()) Files.delete(f);
        }
        copyProject(dir);
        assertThat(run(dir, "build").exit()).isZero();
        Run check = run(dir, "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("0 lỗi, 0 cảnh báo\n");
        Path archive = target.resolve("luanchuyen.jsa");
        assertThat(archive).as("adopted by the run after the build").isRegularFile();
        // -Xshare:on refuses to start, instead of falling back, when the archive cannot be mapped
        Process p = new ProcessBuilder("java", "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar",
                target.resolve("luanchuyen.jar").toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void noClassArchiveIsMadeByABuildThatMayBeHandedToAPreviewServer(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        Path target = LAUNCHER.getParent().resolve("target");
        try (var files = Files.list(target)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("luanchuyen.jsa")).toList()) Files.delete(f);
        }
        copyProject(dir);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("output.server"), "port=1\ntoken=00\npid=" + gone.pid() + "\nprogram=x\ninternal=false\n");
        // from another folder, naming the project: the launcher finds its output.server there
        assertThat(run(elsewhere, "build", "--project", dir.toString()).exit()).isZero();
        assertThat(run(elsewhere, "check", "--project", dir.toString()).exit()).isZero();
        assertThat(target.resolve("luanchuyen.jsa")).as("no archive of a build that might have been handed over").doesNotExist();
        assertThat(dir.resolve("output.server")).as("the file of a server that is gone is removed").doesNotExist();
        assertThat(run(elsewhere, "build", "--project=" + dir).exit()).isZero();
        assertThat(run(elsewhere, "check", "--project", dir.toString()).exit()).isZero();
        assertThat(target.resolve("luanchuyen.jsa")).as("the next build, with no server, leaves one").isRegularFile();
    }

    @Test
    void startsJavaWithItsCollectorAndCompilerSettingsUnlessTheUserGivesTheirOwn() throws Exception {
        Run ours = run(java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"), Path.of("."), "check");
        assertThat(ours.exit()).as(ours.err()).isZero();
        assertThat(ours.out()).contains("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=80",
                "-XX:MetaspaceSize=268435456", "-XX:FreqInlineSize=70", "-XX:InlineSmallCode=700", "0 lỗi, 0 cảnh báo");
        Run theirs = run(java.util.Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags -XX:MetaspaceSize=64m "
                + "-XX:InitiatingHeapOccupancyPercent=45 -XX:FreqInlineSize=120"), Path.of("."), "check");
        assertThat(theirs.exit()).as(theirs.err()).isZero();
        assertThat(theirs.out()).contains("-XX:MetaspaceSize=67108864", "-XX:InitiatingHeapOccupancyPercent=45",
                        "-XX:FreqInlineSize=120", "-XX:InlineSmallCode=700")
                .doesNotContain("-XX:MetaspaceSize=268435456", "-XX:-G1UseAdaptiveIHOP", "-XX:FreqInlineSize=70");
    }

    @Test
    void answersUsageErrorsWithExitTwoAndHelp() throws Exception {
        Run r = run(Path.of("."), "bulid");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument", "build");
        Run help = run(Path.of("."), "build", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Examples:", "./luanchuyen build");
    }
}
