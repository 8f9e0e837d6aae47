package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.render.TemplateProblem;

/** A build that cannot finish leaves the previous output/ whole, and says why. */
class BuildFailuresTest {
    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void aFirstGoodBuild() throws IOException {
        new TestProject(dir).withBase();
        TestProject.copyTree(Path.of("templates"), dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        assertThat(build().ok()).isTrue();
        before = Files.readString(dir.resolve("output/index.html"));
    }

    private Build.Result build() throws IOException {
        return new Build(BuildContext.of(dir, Lang.VI, false)).run();
    }

    @Test
    void aTemplateErrorNamesTemplateLineAndColumnAndKeepsOutput() throws IOException {
        Path unit = dir.resolve("templates/unit.ftl");
        Files.writeString(unit, Files.readString(unit).replace("<h1>${page.name}</h1>", "<h1>${page.nosuch}</h1>"));
        assertThatThrownBy(this::build).isInstanceOfSatisfying(TemplateProblem.class, e -> {
            assertThat(e.where()).matches("templates/unit\\.ftl:\\d+:\\d+");
            assertThat(e.getMessage()).contains("page.nosuch");
        });
        assertThat(Files.readString(dir.resolve("output/index.html"))).isEqualTo(before);
        assertThat(dir.resolve("output.staging")).doesNotExist();
    }

    /** A missing template, of the pages or one JBake renders with (archive, feed, page), is named with how to put it back, and the output stays. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"unit.ftl", "archive.ftl", "feed.ftl", "page.ftl"})
    void aMissingTemplateIsNamedAndTheOutputKept(String template) throws IOException {
        buildFailsNamingTheMissingTemplate(template);
    }

    /** A template JBake needs for an article (post.ftl) is named the same way while there is an article to render with it. */
    @Test
    void aMissingArticleTemplateIsNamedAndTheOutputKept() throws IOException {
        Files.writeString(dir.resolve("content/bai-mot.md"), "title=Bài một\ndate=2022-07-04\ntype=post\nstatus=published\n~~~~~~\nNội dung.\n");
        assertThat(build().ok()).isTrue();
        before = Files.readString(dir.resolve("output/index.html"));
        buildFailsNamingTheMissingTemplate("post.ftl");
    }

    /** Deletes the template, then the build fails naming it and how to put it back, and the output stays as it was. */
    private void buildFailsNamingTheMissingTemplate(String template) throws IOException {
        Files.delete(dir.resolve("templates").resolve(template));
        assertThatThrownBy(this::build).isInstanceOfSatisfying(TemplateProblem.class, e -> {
            assertThat(e.template()).isEqualTo(template);
            assertThat(e.getMessage()).contains("missing").contains("git checkout -- templates/" + template);
        });
        assertThat(Files.readString(dir.resolve("output/index.html"))).isEqualTo(before);
        assertThat(dir.resolve("output.staging")).doesNotExist();
    }

    @Test
    void aSecondBuildAtOnceIsRefusedWithTheLockNamed() throws IOException {
        try (BuildLock held = BuildLock.take(dir.resolve("output"))) {
            assertThatThrownBy(this::build).isInstanceOfSatisfying(BuildLock.Busy.class,
                    e -> assertThat(e.file()).isEqualTo(dir.resolve("output.lock")));
        }
        assertThat(build().ok()).as("the lock is free again").isTrue();
    }

    @Test
    void aLinkInContentToAFileOutsideTheProjectStopsTheBuild(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "title=Bí mật\n~~~~~~\nnội dung\n");
        Files.createSymbolicLink(dir.resolve("content/secret.md"), secret);
        Build.Result r = build();
        assertThat(r.ok()).isFalse();
        assertThat(r.checked().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("file.link-outside");
            assertThat(d.at().file()).isEqualTo("content/secret.md");
        });
        assertThat(Files.readString(dir.resolve("output/index.html"))).isEqualTo(before);
    }

    @Test
    void badDataStopsBeforeAnythingIsWritten() throws IOException {
        new TestProject(dir).write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn A\nsources: [bao-mau]\ntenures:\n  - unit: xa-c\n"
                + "    post: bí thư\n    from: 2020-13\n");
        Build.Result r = build();
        assertThat(r.ok()).isFalse();
        assertThat(r.checked().diagnostics()).extracting(d -> d.code()).containsExactly("date.invalid");
        assertThat(Files.readString(dir.resolve("output/index.html"))).isEqualTo(before);
    }

}
