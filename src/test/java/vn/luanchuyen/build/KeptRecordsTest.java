package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Lang;

/**
 * One process building again and again (the preview server) keeps, by record, what it worked out
 * from each cadre's record: the public copy, the moves and what the checks found in it. After
 * every kind of edit, in one process, the build finds what a fresh check finds and writes what a
 * fresh build writes, including after edits to the units and the sources, which those results
 * also depend on.
 */
class KeptRecordsTest {
    private TestProject project;
    private BuildContext kept;
    private int builds;

    @BeforeEach
    void generate() throws IOException {
        project = TestProject.generated(30);
        kept = new BuildContext(project.root(), project.root().resolve("output"), Lang.VI, false).withMemory(new ProcessMemory());
    }

    @AfterEach
    void remove() throws IOException {
        project.close();
    }

    @Test
    void everyKindOfEditInOneProcessGivesWhatAFreshBuildGives() throws IOException {
        assertBuildsAsFresh(true);

        edit("data/cadres/cb-3.yaml", "(?m)^name: (.+)$", "name: $1 Mới");
        assertBuildsAsFresh(true);
        assertThat(page("can-bo/cb-3/index.html")).contains(" Mới");

        // a post begins half a year later: the cadre's moves change year
        String cadre = movedCadre();
        String text = read(cadre);
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("to: (\\d{4})-06-30").matcher(text);
        assertThat(end.find()).isTrue();
        int year = Integer.parseInt(end.group(1));
        edit(cadre, "from: " + year + "-07-01", "from: " + (year + 1) + "-01-15");
        assertBuildsAsFresh(true);

        // an error in one cadre: the build fails with what a fresh check finds; mended, it builds again
        edit("data/cadres/cb-5.yaml", "(?m)^(\\s+)to: (\\d{4})-06-30", "$1to: 2001-06-30");
        assertBuildsAsFresh(false);
        edit("data/cadres/cb-5.yaml", "(?m)^(\\s+)to: 2001-06-30", "$1to: 2013-06-30");
        assertBuildsAsFresh(true);

        // one cadre also given another's first post, at the same time: two holders of one post
        String first = read("data/cadres/cb-3.yaml").split("(?m)^  - ", -1)[1];
        String taken = read("data/cadres/cb-4.yaml");
        edit("data/cadres/cb-4.yaml", "(?m)^tenures:\n", java.util.regex.Matcher.quoteReplacement("tenures:\n  - " + first));
        assertBuildsAsFresh(false);
        assertThat(Checked.of(project.root()).diagnostics()).anyMatch(d -> d.code().equals("post.two-holders"));
        Files.writeString(project.root().resolve("data/cadres/cb-4.yaml"), taken, StandardCharsets.UTF_8);
        assertBuildsAsFresh(true);

        // a commune ends in 2012: the unchanged records of its later holders are now wrong
        String units = "data/units/tinh-1/huyen-1.yaml";
        edit(units, "(  - id: xa-1\n    name: [^\n]+\n    type: [^\n]+\n)", "$1    valid_to: 2012-12-31\n");
        assertBuildsAsFresh(false);
        edit(units, "    valid_to: 2012-12-31\n", "");
        assertBuildsAsFresh(true);

        // a commune renamed: the pages of its unchanged holders show the new name
        edit(units, "(  - id: xa-2\n    name: )([^\n]+)", "$1$2 Đổi Tên");
        assertBuildsAsFresh(true);

        // the district placed right under the centre: its communes are a level higher, so their moves change direction
        edit(units, "    parent: tinh-1\n", "    parent: trung-uong\n");
        assertBuildsAsFresh(true);

        // a cadre made internal leaves the public site; the first try fails after the site's files were made (a
        // letter no font of the bulletins has), so what that build wrote must not be taken for what the output has
        edit("data/cadres/cb-7.yaml", "(?m)^sources: ", "internal: true\nsources: ");
        String moved = movedCadre();
        edit(moved, "(?m)^name: (.+)$", "name: $1 \u4E00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Build(kept).run()).hasMessageContaining("U+4E00");
        edit(moved, " \u4E00", "");
        assertBuildsAsFresh(true);
        assertThat(project.root().resolve("output/can-bo/cb-7/index.html")).doesNotExist();
        assertThat(page("sitemap.xml")).doesNotContain("can-bo/cb-7/");

        // the source every record names is removed: the unchanged records now name no source
        Path source = project.root().resolve("data/sources/bench.yaml");
        String sourceText = Files.readString(source, StandardCharsets.UTF_8);
        Files.delete(source);
        assertBuildsAsFresh(false);
        Files.writeString(source, sourceText, StandardCharsets.UTF_8);
        assertBuildsAsFresh(true);
    }

    /**
     * Builds in the kept process and checks it against a fresh check and, when it succeeds, a
     * fresh build of the same files in a folder of its own.
     */
    private void assertBuildsAsFresh(boolean succeeds) throws IOException {
        Build.Result result = new Build(kept).run();
        java.util.List<Diagnostic> expected = Checked.of(project.root()).diagnostics();
        assertThat(result.checked().diagnostics()).as("diagnostics of build %s against a fresh check", builds).isEqualTo(expected);
        assertThat(result.ok()).as("build %s: %s", builds, expected).isEqualTo(succeeds);
        if (succeeds) {
            Path fresh = project.root().resolve("fresh-" + builds);
            assertThat(new Build(new BuildContext(project.root(), fresh, Lang.VI, false).fresh()).run().ok()).isTrue();
            Map<String, byte[]> want = TestProject.output(fresh);
            Map<String, byte[]> got = TestProject.output(project.root().resolve("output"));
            assertThat(got.keySet()).as("files of build %s", builds).isEqualTo(want.keySet());
            want.forEach((path, bytes) -> assertThat(got.get(path)).as("%s of build %s against a fresh build", path, builds).isEqualTo(bytes));
        } else {
            assertThat(expected).anyMatch(Diagnostic::isError);
        }
        builds++;
    }

    /** A cadre who moved twice (three posts). */
    private String movedCadre() throws IOException {
        for (int n = 1; ; n++) {
            String file = "data/cadres/cb-" + n + ".yaml";
            if (read(file).split("- unit:", -1).length == 4) return file;
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(project.root().resolve(file), StandardCharsets.UTF_8);
    }

    private String page(String path) throws IOException {
        return Files.readString(project.root().resolve("output").resolve(path), StandardCharsets.UTF_8);
    }

    private void edit(String file, String regex, String replacement) throws IOException {
        String before = read(file);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("edit of %s", file).isNotEqualTo(before);
        Files.writeString(project.root().resolve(file), after, StandardCharsets.UTF_8);
    }
}
