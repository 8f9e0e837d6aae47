package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;

/**
 * A bulletin setting the build cannot take stops {@code build} with the file, line and column of
 * the value and how to fix it, in the language asked for, exits as for bad data, and leaves
 * {@code output/} as it was.
 */
class BulletinSettingsErrorTest {

    @Test
    void aFirstYearThatIsNotAYearIsToldAtItsLineAndTheOutputIsKept() throws Exception {
        try (TestProject project = TestProject.generated(6)) {
            Path properties = project.root().resolve("templates/bulletin/bulletin.properties");
            assertThat(Main.run("build", "--project", project.root().toString())).isEqualTo(Main.OK);
            Map<String, byte[]> before = TestProject.output(project.root().resolve("output"));
            String text = Files.readString(properties, StandardCharsets.UTF_8);
            Files.writeString(properties, text + "years.from = hai nghìn\n", StandardCharsets.UTF_8);
            int line = text.split("\n", -1).length;

            Printed run = Printed.run("build", "--project", project.root().toString(), "--lang", "en");
            String printed = run.err();
            assertThat(run.exit()).as(printed).isEqualTo(Main.BAD_DATA);
            assertThat(printed).startsWith("bulletins: " + properties.toAbsolutePath().normalize() + ":" + line + ":14: ")
                    .contains("\"hai nghìn\"", "years.from = 2025").contains("build stopped: output/ left unchanged")
                    .doesNotContain("Exception");
            Map<String, byte[]> after = TestProject.output(project.root().resolve("output"));
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        }
    }
}
