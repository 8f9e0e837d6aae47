package vn.luanchuyen.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.TestRepository;
import vn.luanchuyen.diag.Lang;

/**
 * The data lives in git, and every page and bulletin names the commit of its records. A commit
 * that renames one cadre must change exactly the pages and bulletins that show that cadre (they
 * then name the new commit), plus the few pages about the whole data; everything else keeps its
 * bytes and is not rendered again; and the result is what a fresh build of that commit gives.
 * On a generated dataset of 30 communes in a repository made here.
 */
class CommitRebuildTest {
    private static final String NEW_NAME = "Lò Thị Đổi Tên";
    /** Pages about the whole data (they name the data's last commit) and the files made from every page. */
    private static final List<String> SITE_WIDE = List.of("index.html", "404.html", "tim-kiem/index.html", "thay-doi/index.html",
            "thay-doi/feed.xml", "search-index.json", "ban-tin/index.html", "don-vi/index.html", "van-ban/index.html",
            "nguon/index.html", "thanh-tich/index.html", TestProject.RECORDED);
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

    /** Commits the project; returns the short id pages and bulletins print. */
    private String commit(String message) throws Exception {
        return repo.commit(message).substring(0, 7);
    }

    private Build.Result build(Path output, boolean reuse) throws IOException {
        BuildContext context = new BuildContext(project.root(), output, Lang.VI, false);
        Build.Result r = new Build(reuse ? context : context.fresh()).run();
        assertThat(r.ok()).as("build: %s", r.checked().diagnostics()).isTrue();
        return r;
    }

    /** A cadre who moved twice, so they show in move listings, term pages and bulletins. */
    private String movedCadre() throws IOException {
        for (int n = 1; ; n++) {
            String file = "data/cadres/cb-" + n + ".yaml";
            if (Files.readString(project.root().resolve(file), StandardCharsets.UTF_8).split("- unit:", -1).length == 4) return file;
        }
    }

    @Test
    void aCommitRendersOnlyWhatShowsItsRecords() throws Exception {
        Path output = project.root().resolve("output");
        Build.Result first = build(output, true);
        Map<String, byte[]> before = TestProject.output(output);
        String cadre = movedCadre();
        Path file = project.root().resolve(cadre);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst("name: [^\n]+", "name: " + NEW_NAME),
                StandardCharsets.UTF_8);
        String head = commit("Sửa họ tên một cán bộ");

        Build.Result second = build(output, true);
        Map<String, byte[]> after = TestProject.output(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());

        List<String> changed = new ArrayList<>();
        List<String> showing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            String path = e.getKey();
            boolean differs = !java.util.Arrays.equals(e.getValue(), before.get(path));
            if (differs) changed.add(path);
            String text = text(path, e.getValue());
            if (text == null || !text.contains(NEW_NAME)) continue;
            showing.add(path);
            assertThat(differs).as("%s shows the new name, so it changed", path).isTrue();
            if (path.endsWith(".html")) {
                assertThat(text).as(path).contains("bản dữ liệu <code>" + head + "</code>");
            } else if (path.endsWith(".pdf")) {
                assertThat(text).as(path).contains("bản dữ liệu " + head);
            }
        }
        assertThat(showing).as("pages and bulletins with the new name")
                .anyMatch(p -> p.startsWith("can-bo/")).anyMatch(p -> p.startsWith("luan-chuyen/"))
                .anyMatch(p -> p.contains("/nhiem-ky-")).anyMatch(p -> p.endsWith(".pdf"));
        List<String> counting = resultsPagesCounting(first, cadre);
        assertThat(changed.stream().filter(p -> p.startsWith(vn.luanchuyen.history.HistoryCache.FOLDER)))
                .as("one committed file, one file of the history cache written again").hasSize(1);
        for (String path : changed) {
            if (showing.contains(path) || path.startsWith(vn.luanchuyen.history.HistoryCache.FOLDER)) continue;
            boolean emptyListing = path.startsWith("luan-chuyen/") && text(path, after.get(path)).contains("content=\"0 lượt.");
            if (!path.endsWith(".html")) {
                assertThat(SITE_WIDE).as(path).contains(path);
                continue;
            }
            assertThat(SITE_WIDE.contains(path) || counting.contains(path) || emptyListing)
                    .as("%s changed without showing the renamed cadre: only pages about the whole data, listings of no record"
                            + " and the results pages counting the cadre's moves (%s) may", path, counting).isTrue();
            assertThat(text(path, after.get(path))).as(path).contains("bản dữ liệu <code>" + head + "</code>");
        }
        assertThat(second.rendered()).as("pages and bulletins rendered again")
                .isLessThanOrEqualTo(changed.size())
                .isLessThan(first.rendered() / 10);

        Path fresh = project.root().resolve("fresh");
        build(fresh, false);
        Map<String, byte[]> expected = TestProject.output(fresh);
        assertThat(after.keySet()).isEqualTo(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(after.get(path)).as("%s: the rebuild against a fresh build of the same commit", path).isEqualTo(expected.get(path));
        }
    }

    /**
     * A results page shows the share of communes whose Bí thư or Chủ tịch UBND is not from the
     * place, worked out from the holders' hometowns, whether or not they came by a move. A commit
     * that changes only such a holder's hometown changes the page, which must then name that commit.
     */
    @Test
    void aResultsPageNamesTheCommitOfAHolderItCounts() throws Exception {
        Path output = project.root().resolve("output");
        Build.Result first = build(output, true);
        Map<String, byte[]> before = TestProject.output(output);
        // the head of a commune who did not come by a move, in office last (the share is judged on the latest date)
        vn.luanchuyen.model.Cadre holder = null;
        vn.luanchuyen.model.Tenure held = null;
        for (vn.luanchuyen.model.Cadre c : first.checked().data().cadres()) {
            for (vn.luanchuyen.model.Tenure t : c.tenures()) {
                boolean head = t.post() == vn.luanchuyen.model.PostKind.BI_THU || t.post() == vn.luanchuyen.model.PostKind.CHU_TICH_UBND;
                if (head && !t.beganByMove() && t.unit().startsWith("xa-") && (held == null || end(t) > end(held))) {
                    holder = c;
                    held = t;
                }
            }
        }
        assertThat(held).as("a commune head who did not come by a move").isNotNull();
        Path file = project.root().resolve(holder.origin().file());
        String hometown = held.unit().equals(holder.hometown()) ? "tinh-1" : held.unit();
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst("hometown: \\S+", "hometown: " + hometown),
                StandardCharsets.UTF_8);
        String commit = commit("Sửa quê quán của người đứng đầu xã");
        build(output, true);
        String page = "don-vi/" + held.unit() + "/thanh-tich/index.html";
        byte[] after = TestProject.output(output).get(page);
        assertThat(after).as("%s: the share of non-local heads changed", page).isNotEqualTo(before.get(page));
        assertThat(new String(after, StandardCharsets.UTF_8)).as(page).contains("bản dữ liệu <code>" + commit + "</code>");
    }

    /**
     * A unit's page shows the unit's figures and the achievements, trainings and evaluations
     * within it. On the sample data, a commit changing only the note of a Lập Thạch figure changes
     * that page, which must then name that commit.
     */
    @Test
    void aUnitPageNamesTheCommitOfAFigureItShows() throws Exception {
        repo.close();
        project.close();
        project = TestProject.sample();
        repo = TestRepository.committed(project.root());
        Path output = project.root().resolve("output");
        build(output, true);
        String page = "don-vi/lap-thach/index.html";
        byte[] before = TestProject.output(output).get(page);
        Path figures = project.root().resolve("data/figures/lap-thach.yaml");
        String text = Files.readString(figures, StandardCharsets.UTF_8);
        Files.writeString(figures, text.replaceFirst("phần còn lại học trung cấp, cao đẳng", "phần còn lại học trung cấp hoặc cao đẳng"),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(figures, StandardCharsets.UTF_8)).isNotEqualTo(text);
        String commit = commit("Sửa ghi chú một số liệu của Lập Thạch");
        build(output, true);
        byte[] after = TestProject.output(output).get(page);
        assertThat(new String(after, StandardCharsets.UTF_8)).as(page).contains("trung cấp hoặc cao đẳng")
                .contains("bản dữ liệu <code>" + commit + "</code>");
        assertThat(after).isNotEqualTo(before);
    }

    private static int end(vn.luanchuyen.model.Tenure t) {
        return t.to() == null ? Integer.MAX_VALUE : t.to().year() * 10000 + t.to().month() * 100 + t.to().day();
    }

    /** The results pages of the units the cadre served in and the units above them: they count the cadre's moves. */
    private static List<String> resultsPagesCounting(Build.Result built, String cadreFile) {
        var data = built.checked().data();
        var units = new vn.luanchuyen.derive.UnitIndex(data.units());
        var cadre = data.cadres().stream().filter(c -> c.origin().file().equals(cadreFile)).findFirst().orElseThrow();
        java.util.Set<String> ids = new java.util.TreeSet<>();
        cadre.tenures().forEach(t -> {
            ids.add(t.unit());
            ids.addAll(units.ancestors(t.unit()));
        });
        return ids.stream().map(id -> "don-vi/" + id + "/thanh-tich/index.html").toList();
    }

    /** The text of a page (its HTML) or a bulletin (extracted), or null for other files. */
    private static String text(String path, byte[] bytes) throws IOException {
        if (path.endsWith(".html")) return new String(bytes, StandardCharsets.UTF_8);
        if (!path.endsWith(".pdf")) return null;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

}
