package vn.luanchuyen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;

/** The examples of docs/data-format.md are real files: together they load and check without a problem. */
class DataFormatDocTest {
    private static final Pattern EXAMPLE = Pattern.compile("```yaml\\n# (data/\\S+\\.yaml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleLoadsAndChecksClean(@TempDir Path dir) throws IOException {
        String doc = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8);
        TestProject project = new TestProject(dir);
        int examples = 0;
        for (Matcher m = EXAMPLE.matcher(doc); m.find(); examples++) {
            project.write(m.group(1), m.group(2));
        }
        assertThat(examples).isGreaterThanOrEqualTo(8);
        assertThat(project.lines()).isEmpty();
        var data = project.check().data();
        assertThat(data.sources()).isNotEmpty();
        assertThat(data.units()).isNotEmpty();
        assertThat(data.cadres()).isNotEmpty();
        assertThat(data.programmes()).isNotEmpty();
        assertThat(data.figures()).isNotEmpty();
        assertThat(data.achievements()).isNotEmpty();
        assertThat(data.trainings()).isNotEmpty();
        assertThat(data.evaluations()).isNotEmpty();
    }
}
