package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.reuse.Reuse;

/**
 * A rebuild after an edit keeps unchanged pages and bulletins of the previous output and applies
 * the rest in place; the result must be byte for byte (and folder for folder) what a fresh build
 * of the same files gives, and a failed or interrupted rebuild must not leave a mixed output.
 * On a generated dataset of 30 communes (about 300 cadres, a few hundred pages, bulletins).
 */
class IncrementalBuildTest {
    private TestProject project;

    @BeforeEach
    void generate() throws IOException {
        project = TestProject.generated(30);
    }

    @AfterEach
    void remove() throws IOException {
        project.close();
    }

    private Build.Result build(Path output, boolean reuse) throws IOException {
        BuildContext context = new BuildContext(project.root(), output, Lang.VI, false);
        Build.Result r = new Build(reuse ? context : context.fresh()).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
        return r;
    }

    private Path output() {
        return project.root().resolve("output");
    }

    /** A cadre who moved twice (three posts), so the cadre shows in move listings and district bulletins. */
    private String movedCadre() throws IOException {
        for (int n = 1; ; n++) {
            String file = "data/cadres/cb-" + n + ".yaml";
            if (Files.readString(project.root().resolve(file), StandardCharsets.UTF_8).split("- unit:", -1).length == 4) return file;
        }
    }

    private void edit(String file, String regex, String replacement) throws IOException {
        Path p = project.root().resolve(file);
        String before = Files.readString(p, StandardCharsets.UTF_8);
        String after = before.replaceFirst(regex, replacement);
        assertThat(after).as("edit of " + file).isNotEqualTo(before);
        Files.writeString(p, after, StandardCharsets.UTF_8);
    }

    @Test
    void aSecondBuildOfTheSameFilesRendersAndRewritesNothing() throws IOException {
        Build.Result first = build(output(), true);
        Map<String, Object> inodes = inodes(output());
        Map<String, byte[]> bytes = TestProject.files(output());
        Build.Result second = build(output(), true);
        assertThat(first.reused()).isZero();
        assertThat(second.rendered()).isZero();
        assertThat(second.reused()).isEqualTo(first.rendered()).isGreaterThan(300);
        assertThat(inodes(output())).isEqualTo(inodes);
        assertThat(TestProject.files(output()).keySet()).isEqualTo(bytes.keySet());
        assertThat(project.root().resolve("output.staging")).doesNotExist();
        assertThat(output().resolve(Reuse.APPLYING)).doesNotExist();
    }

    @Test
    void aPublicBuildNeverReplacesAnInternalOneFileByFile() throws IOException {
        new Build(new BuildContext(project.root(), output(), Lang.VI, true)).run();
        Build.Result publicBuild = build(output(), true);
        assertThat(phaseNames(publicBuild)).contains("swap").doesNotContain("apply to output/");
        assertThat(publicBuild.reused()).isZero();
        assertThat(phaseNames(build(output(), true))).contains("apply to output/");
        assertSameAsAFreshBuild();
    }

    @Test
    void aBuildKilledWhileApplyingIsFollowedByAFreshOne() throws IOException {
        build(output(), true);
        // as if killed while applying: the marker stays and a page is half-way between versions
        Files.writeString(output().resolve(Reuse.APPLYING), "");
        Files.writeString(output().resolve("can-bo/cb-3/index.html"), "half-applied");
        Build.Result next = build(output(), true);
        assertThat(next.reused()).isZero();
        assertThat(output().resolve(Reuse.APPLYING)).doesNotExist();
        assertSameAsAFreshBuild();
    }

    @Test
    void aFailedRebuildLeavesTheOutputAsItWas() throws IOException {
        build(output(), true);
        Map<String, byte[]> before = TestProject.output(output());
        Map<String, Object> inodes = inodes(output());
        // a letter no embedded font has: the cadre's move is in a district bulletin, which refuses it
        edit(movedCadre(), "name: ([^\n]+)", "name: $1 \u4E00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Build(new BuildContext(project.root(), output(), Lang.VI, false)).run())
                .hasMessageContaining("U+4E00");
        assertSameTree(output(), before);
        assertThat(inodes(output())).isEqualTo(inodes);
        assertThat(output().resolve(Reuse.APPLYING)).doesNotExist();
        assertThat(project.root().resolve("output.staging")).doesNotExist();
    }

    @Test
    void aRenamedCadreRerendersOnlyThePagesThatShowTheNameAndMatchesAFreshBuild() throws IOException {
        Build.Result first = build(output(), true);
        Map<String, Object> inodes = inodes(output());
        String cadre = movedCadre();
        String id = cadre.substring(cadre.lastIndexOf('/') + 1, cadre.length() - ".yaml".length());
        edit(cadre, "name: ([^\n]+)", "name: $1 Thử");

        Build.Result again = build(output(), true);
        assertThat(again.rendered()).isPositive().isLessThan(first.rendered() / 10);
        assertThat(again.reused() + again.rendered()).isEqualTo(first.rendered());

        List<String> rerendered = new ArrayList<>();
        Map<String, Object> now = inodes(output());
        for (String path : manifestPaths(output())) {
            if (!now.get(path).equals(inodes.get(path)) && !path.equals("search-index.json")) rerendered.add(path);
        }
        assertThat(rerendered).hasSize((int) again.rendered()).contains("can-bo/" + id + "/index.html").anyMatch(p -> p.startsWith("bulletins/"))
                .anyMatch(p -> p.startsWith("luan-chuyen/"));
        assertThat(now.get("search-index.json")).as("the search index has the new name").isNotEqualTo(inodes.get("search-index.json"));
        for (String path : rerendered) {
            if (path.endsWith(".html")) {
                assertThat(Files.readString(output().resolve(path), StandardCharsets.UTF_8)).as(path).contains(" Thử");
            }
        }

        assertSameAsAFreshBuild();
    }

    @Test
    void aRenamedUnitReachesEveryCadrePageThatNamesItAndMatchesAFreshBuild() throws IOException {
        build(output(), true);
        String cadre = movedCadre();
        String text = Files.readString(project.root().resolve(cadre), StandardCharsets.UTF_8);
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("- unit: (\\S+)").matcher(text);
        assertThat(unit.find()).isTrue();
        String id0 = "- id: " + unit.group(1) + "\n";
        Path unitFile;
        try (Stream<Path> files = Files.walk(project.root().resolve("data/units"))) {
            unitFile = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains(id0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
        String before = Files.readString(unitFile, StandardCharsets.UTF_8);
        String after = before.replaceFirst(java.util.regex.Pattern.quote(id0) + "(\\s+)name: ([^\n]+)",
                java.util.regex.Matcher.quoteReplacement(id0) + "$1name: $2 Mới");
        assertThat(after).isNotEqualTo(before);
        Files.writeString(unitFile, after, StandardCharsets.UTF_8);

        Build.Result again = build(output(), true);
        String id = cadre.substring(cadre.lastIndexOf('/') + 1, cadre.length() - ".yaml".length());
        assertThat(Files.readString(output().resolve("can-bo/" + id + "/index.html"))).contains(" Mới");
        assertThat(again.reused()).isPositive();
        assertSameAsAFreshBuild();
    }

    @Test
    void aShiftedTenureChangesMovesListingsAndStillMatchesAFreshBuild() throws IOException {
        build(output(), true);
        // a cadre's second post now begins half a year later: the move changes year, so listings by year re-paginate
        Path cadre = project.root().resolve(movedCadre());
        String text = Files.readString(cadre, StandardCharsets.UTF_8);
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("to: (\\d{4})-06-30").matcher(text);
        assertThat(end.find()).isTrue();
        int year = Integer.parseInt(end.group(1));
        String shifted = text.replace("from: " + year + "-07-01", "from: " + (year + 1) + "-01-15");
        assertThat(shifted).isNotEqualTo(text);
        Files.writeString(cadre, shifted, StandardCharsets.UTF_8);

        Build.Result again = build(output(), true);
        assertThat(again.reused()).isPositive();
        assertSameAsAFreshBuild();
    }

    @Test
    void aRemovedCadreLeavesNoPageBehind() throws IOException {
        build(output(), true);
        assertThat(output().resolve("can-bo/cb-2/index.html")).exists();
        Files.delete(project.root().resolve("data/cadres/cb-2.yaml"));
        build(output(), true);
        assertThat(output().resolve("can-bo/cb-2/index.html")).doesNotExist();
        assertSameAsAFreshBuild();
    }

    @Test
    void articlesAreBakedOnlyWhenContentChanges() throws IOException {
        Path article = project.root().resolve("content/bai-viet/bai-moi.md");
        Files.createDirectories(article.getParent());
        Files.writeString(article, "title=Bài đầu\ndate=2022-07-04\ntype=post\nstatus=published\ntags=luân chuyển\n"
                + "summary=Tóm tắt\ncadres=cb-5\n~~~~~~\nNội dung.\n", StandardCharsets.UTF_8);
        assertThat(phaseNames(build(output(), true))).contains("site: articles (JBake)");
        assertThat(phaseNames(build(output(), true))).contains("site: articles (unchanged, kept)");
        assertThat(Files.readString(output().resolve("can-bo/cb-5/index.html"))).contains("Bài đầu");

        Files.writeString(article, Files.readString(article).replace("Bài đầu", "Bài sửa"), StandardCharsets.UTF_8);
        assertThat(phaseNames(build(output(), true))).contains("site: articles (JBake)");
        assertThat(Files.readString(output().resolve("can-bo/cb-5/index.html"))).contains("Bài sửa").doesNotContain("Bài đầu");
        assertSameAsAFreshBuild();

        assertThat(output().resolve("bai-viet/bai-moi.html")).exists();
        Files.delete(article);
        build(output(), true);
        assertThat(output().resolve("bai-viet/bai-moi.html")).doesNotExist();
        assertSameAsAFreshBuild();
    }

    private static List<String> phaseNames(Build.Result r) {
        return r.phases().stream().map(vn.luanchuyen.diag.Phases.Phase::name).toList();
    }

    @Test
    void anEditedSiteTemplateRendersEveryPageButNoBulletin() throws IOException {
        Build.Result first = build(output(), true);
        long bulletins = pdfs(output());
        Map<String, Object> inodes = inodes(output());
        Path layout = project.root().resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- edited --></body>"));
        Build.Result again = build(output(), true);
        assertThat(again.reused()).isEqualTo(bulletins).isPositive();
        assertThat(again.rendered()).isEqualTo(first.rendered() - bulletins);
        assertThat(phaseNames(again)).contains("site: articles (JBake)");
        assertThat(Files.readString(output().resolve("index.html"))).contains("<!-- edited -->");
        // more rendered than kept: the new output is swapped in whole, the kept bulletins hard-linked into it
        assertThat(phaseNames(again)).contains("swap").doesNotContain("apply to output/");
        Map<String, Object> now = inodes(output());
        inodes.forEach((path, inode) -> {
            if (path.startsWith("bulletins/")) assertThat(now.get(path)).as("kept %s", path).isEqualTo(inode);
        });
        assertThat(now.get("index.html")).isNotEqualTo(inodes.get("index.html"));
        assertSameAsAFreshBuild();
    }

    @Test
    void anEditedBulletinStyleRendersEveryBulletinButNoPage() throws IOException {
        Build.Result first = build(output(), true);
        long bulletins = pdfs(output());
        Path css = project.root().resolve("templates/bulletin/bulletin.css");
        Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
        Build.Result again = build(output(), true);
        assertThat(again.rendered()).isEqualTo(bulletins);
        assertThat(again.reused()).isEqualTo(first.rendered() - bulletins);
        assertThat(phaseNames(again)).contains("site: articles (unchanged, kept)", "apply to output/");
        assertSameAsAFreshBuild();
    }

    @Test
    void bulletinsFromAYearLeaveTheEarlierOnesOutOfTheOutputAndItsPagesAndMatchAFreshBuild() throws IOException {
        Build.Result first = build(output(), true);
        long every = pdfs(output());
        assertThat(Files.readString(output().resolve("ban-tin/index.html"), StandardCharsets.UTF_8)).doesNotContain("được đăng từ năm");
        Path properties = project.root().resolve("templates/bulletin/bulletin.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8) + "years.from = 2022\n", StandardCharsets.UTF_8);
        Build.Result again = build(output(), true);
        List<String> names = pdfNames(output());
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(name).matches(".*-20(2[2-9])\\.pdf"));
        assertThat((long) names.size()).isLessThan(every);
        assertThat(again.rendered()).as("the bulletins are the same files; only the pages listing them change")
                .isLessThan(first.rendered() / 2);
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("bulletins/([a-z0-9-]+\\.pdf)");
        java.util.Set<String> linked = new java.util.TreeSet<>();
        for (Map.Entry<String, byte[]> page : TestProject.output(output()).entrySet()) {
            if (!page.getKey().endsWith(".html")) continue;
            java.util.regex.Matcher m = link.matcher(new String(page.getValue(), StandardCharsets.UTF_8));
            while (m.find()) linked.add(m.group(1));
        }
        assertThat(linked).as("bulletins the pages link to").isEqualTo(new java.util.TreeSet<>(names));
        assertThat(Files.readString(output().resolve("ban-tin/index.html"), StandardCharsets.UTF_8)).as("the bulletins page says since when")
                .contains("Bản tin được đăng từ năm 2022");
        assertSameAsAFreshBuild();
    }

    @Test
    void aFirstBulletinYearThatIsNotAYearStopsTheBuildAtItsLineAndLeavesTheOutputAsItWas() throws IOException {
        build(output(), true);
        Map<String, byte[]> before = TestProject.output(output());
        Path properties = project.root().resolve("templates/bulletin/bulletin.properties");
        String text = Files.readString(properties, StandardCharsets.UTF_8);
        Files.writeString(properties, text + "years.from = 22\n", StandardCharsets.UTF_8);
        int line = text.split("\n", -1).length;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Build(new BuildContext(project.root(), output(), Lang.VI, false)).run())
                .isInstanceOf(vn.luanchuyen.bulletin.BulletinException.class)
                .hasMessageContaining("bulletin.properties:" + line + ":14: khóa \"years.from\"");
        assertSameTree(output(), before);
        assertThat(project.root().resolve("output.staging")).doesNotExist();
    }

    private static List<String> pdfNames(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("bulletins"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    private static long pdfs(Path out) throws IOException {
        return pdfNames(out).size();
    }

    @Test
    void aRebuildAppendsItsChangesToWhatTheLastBuildRecordedInsteadOfWritingItWhole() throws IOException {
        build(output(), true);
        byte[] manifest = Files.readAllBytes(output().resolve(Reuse.MANIFEST));
        byte[] tasks = Files.readAllBytes(output().resolve(Reuse.TASKS));
        edit(movedCadre(), "name: ([^\n]+)", "name: $1 Mới");
        build(output(), true);
        assertThat(output().resolve(Reuse.MANIFEST)).hasBinaryContent(manifest);
        assertThat(output().resolve(Reuse.TASKS)).hasBinaryContent(tasks);
        List<String> changes = Files.readAllLines(output().resolve(Reuse.CHANGES), StandardCharsets.UTF_8);
        assertThat(changes.get(0)).startsWith("# luanchuyen build changes, format 1, public, bases ");
        assertThat(changes.subList(1, changes.size())).isNotEmpty().allMatch(l -> l.matches("[fFtT]\t[0-9a-f]{32}(\t[a-z0-9./-]+)*|F\t[a-z0-9./-]+"));
        assertSameAsAFreshBuild();
        // the next build, in a process of its own, reads the record with its changes: nothing to render
        assertThat(build(output(), true).rendered()).isZero();
    }

    @Test
    void aCadreUnderAnotherIdIsRecordedAsOnePageGoneAndOneNew() throws IOException {
        build(output(), true);
        String cadre = movedCadre();
        String id = cadre.substring(cadre.lastIndexOf('/') + 1, cadre.length() - ".yaml".length());
        // as many pages as before, one of them under another address: the record must say the old one went
        Path file = project.root().resolve(cadre);
        Files.writeString(project.root().resolve("data/cadres/" + id + "-moi.yaml"),
                Files.readString(file, StandardCharsets.UTF_8).replaceFirst("id: " + id + "\n", "id: " + id + "-moi\n"), StandardCharsets.UTF_8);
        Files.delete(file);
        build(output(), true);
        List<String> changes = Files.readAllLines(output().resolve(Reuse.CHANGES), StandardCharsets.UTF_8);
        assertThat(changes).contains("F\t" + vn.luanchuyen.view.Paths.cadre(id) + "index.html")
                .anyMatch(l -> l.startsWith("f\t") && l.endsWith("\t" + vn.luanchuyen.view.Paths.cadre(id + "-moi") + "index.html"))
                .anyMatch(l -> l.startsWith("T\t"));
        assertSameAsAFreshBuild();
        assertThat(build(output(), true).rendered()).isZero();
    }

    @Test
    void changesPastATenthOfTheRecordAreWrittenWholeAgain() throws IOException {
        build(output(), true);
        boolean appended = false;
        for (int n = 1; n <= 40 && !(appended && !Files.exists(output().resolve(Reuse.CHANGES))); n++) {
            edit("data/cadres/cb-" + n + ".yaml", "name: ([^\n]+)", "name: $1 Mới");
            build(output(), true);
            appended |= Files.exists(output().resolve(Reuse.CHANGES));
        }
        assertThat(appended).as("changes appended first").isTrue();
        assertThat(output().resolve(Reuse.CHANGES)).as("then written whole").doesNotExist();
        assertSameAsAFreshBuild();
    }

    @Test
    void changesAppendedToOtherFilesThanTheRecordOnDiskAreNotTrusted() throws IOException {
        Path changes = rebuiltWithChangesAppended();
        // the manifest replaced by another (here: a line longer) while the changes stay: neither can be trusted
        Files.writeString(changes.resolveSibling("manifest.tsv"), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertNothingRecordedIsTrusted();
    }

    @Test
    void aDamagedLineOfTheChangesIsNotTrusted() throws IOException {
        Path changes = rebuiltWithChangesAppended();
        String text = Files.readString(changes, StandardCharsets.UTF_8);
        // the file cut short inside the first line of a file's change, as by a full disk: that line has lost its path
        Files.writeString(changes, text.substring(0, text.lastIndexOf('\t', text.indexOf("\nf\t") + 40)) + "\n", StandardCharsets.UTF_8);
        assertNothingRecordedIsTrusted();
    }

    /** A build, then a rebuild after renaming a cadre, which appends its changes; returns the changes file. */
    private Path rebuiltWithChangesAppended() throws IOException {
        build(output(), true);
        edit(movedCadre(), "name: ([^\n]+)", "name: $1 Mới");
        build(output(), true);
        assertThat(output().resolve(Reuse.CHANGES)).exists();
        return output().resolve(Reuse.CHANGES);
    }

    /** The next build keeps nothing from the output and gives what a fresh build gives. */
    private void assertNothingRecordedIsTrusted() throws IOException {
        assertThat(build(output(), true).reused()).isZero();
        assertSameAsAFreshBuild();
    }

    @Test
    void freshRendersEverythingAndGivesTheSameBytes() throws IOException {
        build(output(), true);
        Map<String, byte[]> before = TestProject.output(output());
        Build.Result fresh = build(output(), false);
        assertThat(fresh.reused()).isZero();
        assertSameTree(output(), before);
    }

    /** A fresh build of the same files into another folder gives exactly the output/ the rebuilds left. */
    private void assertSameAsAFreshBuild() throws IOException {
        Path fresh = Files.createTempDirectory(project.root(), "fresh");
        build(fresh.resolve("output"), false);
        assertSameTree(output(), fresh.resolve("output"));
    }

    private static List<String> manifestPaths(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(Reuse.MANIFEST), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t")[1]).toList();
    }

    private static Map<String, Object> inodes(Path out) throws IOException {
        Map<String, Object> m = new TreeMap<>();
        for (String path : manifestPaths(out)) m.put(path, Files.getAttribute(out.resolve(path), "unix:ino"));
        return m;
    }


    private static void assertSameTree(Path a, Path b) throws IOException {
        assertSameTree(a, TestProject.output(b));
        assertThat(folders(a)).as("folders, empty ones included").isEqualTo(folders(b));
    }

    private static java.util.Set<String> folders(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isDirectory).map(p -> dir.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static void assertSameTree(Path a, Map<String, byte[]> right) throws IOException {
        Map<String, byte[]> left = TestProject.output(a);
        assertThat(left.keySet()).isEqualTo(right.keySet());
        List<String> differ = left.keySet().stream().filter(k -> !java.util.Arrays.equals(left.get(k), right.get(k))).toList();
        assertThat(differ).as("files that differ from a fresh build").isEmpty();
    }
}
