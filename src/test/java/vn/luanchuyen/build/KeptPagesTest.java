package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;
import vn.luanchuyen.diag.Lang;

/**
 * A rebuild keeps the pages of every task whose inputs (the cadres it names, the order of its
 * listing, what every page may read) have the same key as before, without making them. Here
 * each rebuild also makes those pages and fails if one differs from the page kept
 * ({@link BuildContext#verifyingKeptPages}): after each of several kinds of committed edit, on
 * a generated dataset of 30 communes in a repository made here, no task may read a record its
 * inputs do not name. At the end the output is what a fresh build of the last commit gives.
 * The same holds for the bulletins, kept by the key of their unit's cadres and the rest of the data.
 */
class KeptPagesTest {
    private TestProject project;
    private TestRepository repo;

    @BeforeEach
    void repository() throws Exception {
        project = TestProject.generated(30);
        repo = TestRepository.committed(project.root());
    }

    @AfterEach
    void remove() throws IOException {
        repo.close();
        project.close();
    }

    private Build.Result build(BuildContext context) throws IOException {
        Build.Result r = new Build(context).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
        return r;
    }

    private BuildContext context(Path output) {
        return new BuildContext(project.root(), output, Lang.VI, false);
    }

    /** The first cadre file with {@code tenures} tenures. */
    private String cadreWith(int tenures) throws IOException {
        for (int n = 1; ; n++) {
            String file = "data/cadres/cb-" + n + ".yaml";
            if (Files.readString(project.root().resolve(file), StandardCharsets.UTF_8).split("- unit:", -1).length == tenures + 1) return file;
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(project.root().resolve(file), StandardCharsets.UTF_8);
    }

    private void write(String file, String text) throws IOException {
        assertThat(text).as("edit of " + file).isNotEqualTo(read(file));
        Files.writeString(project.root().resolve(file), text, StandardCharsets.UTF_8);
    }

    /** Commits what was edited and rebuilds, making every kept page too; returns the pages kept by their inputs. */
    private long commitAndRebuild(String message) throws Exception {
        repo.commit(message);
        return build(context(project.root().resolve("output")).verifyingKeptPages()).unmade();
    }

    @Test
    void everyPageKeptByItsInputsIsWhatMakingItGives() throws Exception {
        Build.Result first = build(context(project.root().resolve("output")));
        assertThat(first.unmade()).isZero();
        String moved = cadreWith(3);
        String single = cadreWith(1);

        write(moved, read(moved).replaceFirst("name: [^\n]+", "name: Lò Văn Kiểm Tra"));
        assertThat(commitAndRebuild("Đổi tên")).as("pages kept by their inputs after a rename").isGreaterThan(first.files() / 2);

        Matcher from = Pattern.compile("from: (\\d{4})-\\d{2}-\\d{2}").matcher(read(moved));
        assertThat(from.find() && from.find()).as("a second tenure's start").isTrue();
        String text = read(moved);
        write(moved, text.substring(0, from.start()) + "from: " + (Integer.parseInt(from.group(1)) + 1) + "-01-15" + text.substring(from.end()));
        commitAndRebuild("Lùi ngày nhận chức vụ thứ hai sang năm sau");

        String firstUnit = read(moved).replaceAll("(?s).*?- unit: (\\S+).*", "$1");
        write(moved, read(moved).replaceFirst("hometown: \\S+", "hometown: " + firstUnit));
        commitAndRebuild("Sửa quê quán: người địa phương");

        write(moved, read(moved).replaceFirst("(?s)\\n  - unit:(?!.*\\n  - unit:).*", "\n"));
        commitAndRebuild("Bỏ chức vụ cuối");

        String deleted = read(single);
        Files.delete(project.root().resolve(single));
        commitAndRebuild("Xóa hồ sơ");
        Files.writeString(project.root().resolve(single), deleted, StandardCharsets.UTF_8);
        commitAndRebuild("Thêm lại hồ sơ");

        String units = "data/units/tinh-1/huyen-1.yaml";
        write(units, read(units).replaceFirst("name: [^\n]+", "name: Đổi Tên Xã"));
        commitAndRebuild("Đổi tên xã");

        write(single, read(single) + "# ghi chú\n");
        assertThat(commitAndRebuild("Chỉ thêm ghi chú")).isGreaterThan(first.files() / 2);

        assertSameAsFresh();
    }

    /**
     * In one process (the preview server's), a task whose inputs are the very ones the last build
     * read takes that build's key and pages without being keyed or made. Here every such task is
     * also keyed and made, and the build fails if its key or a page differs: through edits left
     * uncommitted and then committed, a cadre removed and added back, and a unit renamed.
     */
    @Test
    void inOneProcessATaskTakenFromTheLastBuildHasTheKeyAndPagesOfItsInputs() throws Exception {
        BuildContext kept = context(project.root().resolve("output")).withMemory(new ProcessMemory()).verifyingKeptPages();
        build(kept);
        String moved = cadreWith(3);
        String single = cadreWith(1);

        write(moved, read(moved).replaceFirst("name: [^\n]+", "name: Lò Văn Kiểm Tra"));
        assertThat(build(kept).unmade()).as("pages kept after an uncommitted rename").isGreaterThan(0);
        repo.commit("Đổi tên");
        build(kept);

        String firstUnit = read(moved).replaceAll("(?s).*?- unit: (\\S+).*", "$1");
        write(moved, read(moved).replaceFirst("hometown: \\S+", "hometown: " + firstUnit));
        build(kept);
        repo.commit("Sửa quê quán: người địa phương");
        build(kept);

        String deleted = read(single);
        Files.delete(project.root().resolve(single));
        build(kept);
        Files.writeString(project.root().resolve(single), deleted, StandardCharsets.UTF_8);
        build(kept);

        String units = "data/units/tinh-1/huyen-1.yaml";
        write(units, read(units).replaceFirst("name: [^\n]+", "name: Đổi Tên Xã"));
        build(kept);
        repo.commit("Đổi tên xã, xóa rồi thêm lại hồ sơ");
        build(kept);
        assertSameAsFresh();
    }

    /** A page kept unmade keeps its entry of the previous search index; with that index gone, every page is made. */
    @Test
    void withoutThePreviousSearchIndexEveryPageIsMade() throws Exception {
        Build.Result first = build(context(project.root().resolve("output")));
        Files.delete(project.root().resolve("output/search-index.json"));
        String moved = cadreWith(3);
        write(moved, read(moved).replaceFirst("name: [^\n]+", "name: Lò Văn Kiểm Tra"));
        repo.commit("Đổi tên");
        Build.Result again = build(context(project.root().resolve("output")));
        assertThat(again.unmade()).as("only bulletins kept unmade").isLessThanOrEqualTo(first.rendered() - first.files());
        assertSameAsFresh();
    }

    /**
     * Pages and bulletins show the names of cadres that other records name (an achievement's
     * leader, a review's chair, a rated cadre), even cadres who never served in their unit. On the
     * sample data, with Gia Nghĩa's achievement credited to a Võ Nhai cadre, renaming that cadre
     * must reach Gia Nghĩa's pages.
     */
    @Test
    void cadresThatOtherRecordsNameAreReadByEveryPage() throws Exception {
        repo.close();
        project.close();
        project = TestProject.sample();
        String achievements = "data/achievements/gia-nghia.yaml";
        write(achievements, read(achievements).replaceFirst("cadre: vu-minh-nghia", "cadre: trieu-tien-van"));
        repo = TestRepository.committed(project.root());
        build(context(project.root().resolve("output")));
        String cadre = "data/cadres/trieu-tien-van.yaml";
        write(cadre, read(cadre).replaceFirst("name: [^\n]+", "name: Triệu Văn Đổi Tên"));
        // a cadre another record names is part of the data every page may read: all is made again
        assertThat(commitAndRebuild("Đổi tên người được ghi nhận thành tích")).isZero();
        String unitPage = Files.readString(project.root().resolve("output/don-vi/gia-nghia/index.html"), StandardCharsets.UTF_8);
        assertThat(unitPage).contains("Triệu Văn Đổi Tên");
        assertSameAsFresh();
    }

    /**
     * A page deleted by hand from {@code output/} is made again by the next build of another
     * process, which looks at each file it keeps. The process that applied the output itself (the
     * preview server) trusts it instead of asking the file system about every kept file.
     */
    @Test
    void aPageDeletedByHandIsMadeAgainByAnotherProcessNotByTheOneThatAppliedTheOutput() throws Exception {
        Path output = project.root().resolve("output");
        ProcessMemory memory = new ProcessMemory();
        Path page = output.resolve(builtThenOnePageDeleted(memory));
        String other = cadreWith(2);
        assertThat(other).isNotEqualTo("data/cadres/cb-1.yaml");
        write(other, read(other).replaceFirst("name: [^\n]+", "name: Lò Văn Khác"));

        Build.Result trusted = build(context(output).withMemory(memory));
        assertThat(trusted.unmade()).as("the rebuild kept most pages unmade").isPositive();
        assertThat(page).as("the process that applied the output does not look for each kept file").doesNotExist();

        build(context(output));
        assertThat(page).as("another process does").exists();
        assertSameAsFresh();
    }

    /**
     * A build that replaces the output whole links the kept files into the new one; a kept file
     * deleted by hand since this process applied the output is left out of it and out of its
     * manifest, so that the next build makes it again, rather than failing the build.
     */
    @Test
    void aKeptFileDeletedByHandIsLeftOutOfAWholeNewOutput() throws Exception {
        Path output = project.root().resolve("output");
        ProcessMemory memory = new ProcessMemory();
        String deleted = builtThenOnePageDeleted(memory);
        List<String> paths = Files.readAllLines(output.resolve(vn.luanchuyen.reuse.Reuse.MANIFEST), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.substring(l.indexOf('\t') + 1)).toList();
        assertThat(paths).contains(deleted);

        vn.luanchuyen.reuse.Reuse reuse = vn.luanchuyen.reuse.Reuse.from(output,
                vn.luanchuyen.reuse.Stamp.of(project.root().resolve("templates"), "public"), memory.memo());
        assertThat(paths).allMatch(reuse::keep);
        Path staging = project.root().resolve("staging");
        Files.createDirectories(staging);
        reuse.completeStaging(staging);

        assertThat(staging.resolve(deleted)).doesNotExist();
        assertThat(staging.resolve(vn.luanchuyen.view.Paths.cadre("cb-2") + "index.html")).exists();
        assertThat(Files.readString(staging.resolve(vn.luanchuyen.reuse.Reuse.MANIFEST), StandardCharsets.UTF_8))
                .doesNotContain("\t" + deleted + "\n").contains("\t" + vn.luanchuyen.view.Paths.cadre("cb-2") + "index.html\n");
    }

    /** Builds in the process {@code memory} stands for, then deletes the first cadre's page from {@code output/} by hand; returns its path there. */
    private String builtThenOnePageDeleted(ProcessMemory memory) throws IOException {
        build(context(project.root().resolve("output")).withMemory(memory));
        String page = vn.luanchuyen.view.Paths.cadre("cb-1") + "index.html";
        Files.delete(project.root().resolve("output").resolve(page));
        return page;
    }

    private void assertSameAsFresh() throws IOException {
        Path fresh = project.root().resolve("fresh");
        build(context(fresh).fresh());
        Map<String, byte[]> expected = TestProject.output(fresh);
        Map<String, byte[]> actual = TestProject.output(project.root().resolve("output"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.keySet().forEach(p ->
                assertThat(actual.get(p)).as("%s: the rebuilds against a fresh build of the last commit", p).isEqualTo(expected.get(p)));
    }

}
