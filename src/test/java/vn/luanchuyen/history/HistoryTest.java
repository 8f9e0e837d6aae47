package vn.luanchuyen.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.publish.Redactor;

/** The personnel history read from a repository made here, commit by commit. */
class HistoryTest extends CommittedBaseTest {
    private String commit(String message) throws Exception {
        return repo.commit(message);
    }

    private void cadre(String tenures) throws IOException {
        project.write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn A\nsources: [bao-mau]\ntenures:\n" + tenures);
    }

    private static final String CHANH_VAN_PHONG = "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n";

    private History read() throws IOException {
        return new HistoryReader(dir, t -> t.post().label() + " " + t.unit(), t -> String.valueOf(t.from()), d -> d).read();
    }

    @Test
    void theLastChangeOfSomeFilesIsTheLatestCommitWhateverTheirOrder() {
        java.time.Instant noon = Instant.parse("2025-01-02T05:00:00Z");
        Commit early = new Commit("a".repeat(40), noon.minusSeconds(3600), "btc", "sớm");
        Commit first = new Commit("c".repeat(40), noon, "btc", "cùng giây, tệp b");
        Commit second = new Commit("b".repeat(40), noon, "btc", "cùng giây, tệp c");
        History h = new History(second, "", java.util.Map.of("a.yaml", early, "b.yaml", first, "c.yaml", second), List.of());
        assertThat(h.lastChange(List.of("a.yaml", "b.yaml", "c.yaml"))).contains(first);
        assertThat(h.lastChange(List.of("c.yaml", "b.yaml", "a.yaml"))).as("made in the same second: the first file's by name").contains(first);
        assertThat(h.lastChange(List.of("c.yaml", "a.yaml"))).contains(second);
        assertThat(h.lastChange(List.of("a.yaml", "x.yaml"))).contains(early);
        assertThat(h.lastChange(List.of("x.yaml"))).isEmpty();
    }

    @Test
    void describesEachCommitInTermsOfTheRecords() throws Exception {
        cadre(CHANH_VAN_PHONG);
        commit("Thêm hồ sơ Nguyễn Văn A");
        cadre("  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n    to: 2020-03\n"
                + "  - unit: xa-c\n    post: bí thư\n    from: 2020-03\n    began: luân chuyển\n");
        commit("Luân chuyển Nguyễn Văn A về xã C");
        project.write("data/cadres/a.yaml", Files.readString(dir.resolve("data/cadres/a.yaml")).replace("Nguyễn Văn A", "Nguyễn Văn Á"));
        String last = commit("Sửa họ tên");

        History h = read();
        assertThat(h.note()).isEmpty();
        assertThat(h.head()).get().extracting(Commit::id).isEqualTo(last);
        assertThat(h.lastChange(List.of("data/cadres/a.yaml"))).get().extracting(Commit::id).isEqualTo(last);
        List<RecordChange> about = h.about("cadres", "a");
        assertThat(about).extracting(c -> c.commit().subject())
                .containsExactly("Sửa họ tên", "Luân chuyển Nguyễn Văn A về xã C", "Thêm hồ sơ Nguyễn Văn A");
        assertThat(about.get(0).changes()).extracting(Change::kind, Change::subject, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.NAME_CORRECTED, "Nguyễn Văn A", "Nguyễn Văn Á"));
        assertThat(about.get(1).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.TENURE_ENDED, ChangeKind.TENURE_ADDED, ChangeKind.MOVE_ADDED);
        assertThat(about.get(2).changes()).extracting(Change::kind).containsExactly(ChangeKind.ADDED, ChangeKind.TENURE_ADDED);
    }

    @Test
    void namesRecordsOtherThanCadresByTheirTitleNotTheirId() throws Exception {
        project.write("data/sources/bao-mau.yaml", "id: bao-mau\npublication: Báo Mẫu\ntitle: Bài mẫu, sửa\ndate: 2022-07-04\n");
        project.write("data/sources/bao-moi.yaml", "id: bao-moi\npublication: Báo Mẫu\ntitle: Bài mới\ndate: 2022-07-05\n");
        commit("Sửa nguồn, thêm nguồn");
        Files.delete(dir.resolve("data/sources/bao-moi.yaml"));
        commit("Bỏ nguồn mới");
        History h = read();
        assertThat(h.about("units", "xa-c").get(0).changes()).extracting(Change::kind, Change::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "Xã C"));
        assertThat(h.about("sources", "bao-mau")).extracting(c -> c.changes().get(0).kind(), c -> c.changes().get(0).subject())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CORRECTED, "Bài mẫu, sửa"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "Bài mẫu"));
        assertThat(h.about("sources", "bao-moi")).extracting(c -> c.changes().get(0).kind(), c -> c.changes().get(0).subject())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Bài mới"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "Bài mới"));
    }

    @Test
    void reportsAnEndDateSetAsATenureEnded() throws Exception {
        cadre("  - unit: xa-c\n    post: bí thư\n    from: 2019-01\n");
        String first = commit("Thêm");
        cadre("  - unit: xa-c\n    post: bí thư\n    from: 2019-01\n    to: 2022-06\n");
        String second = commit("Kết thúc chức vụ");
        List<RecordChange> between = new HistoryReader(dir, t -> t.post().label(), t -> t.from() + ".." + t.to(), d -> d)
                .between(first, second);
        assertThat(between).singleElement().satisfies(c -> assertThat(c.changes()).extracting(Change::kind, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.TENURE_ENDED, "2019-01..2022-06")));
    }

    @Test
    void aPublicHistoryDescribesNoChangeToInternalData() throws Exception {
        cadre(CHANH_VAN_PHONG);
        commit("Thêm");
        cadre(CHANH_VAN_PHONG + "  - unit: xa-c\n    post: bí thư\n    from: 2021-01\n    internal: true\n");
        project.write("data/cadres/a.yaml", Files.readString(dir.resolve("data/cadres/a.yaml")) + "birth_year: 1971\n");
        commit("Thêm chức vụ nội bộ và năm sinh");
        History pub = new HistoryReader(dir, t -> t.post().label(), t -> "", new Redactor()::publicView).read();
        assertThat(pub.about("cadres", "a")).extracting(c -> c.commit().subject()).containsExactly("Thêm");
        History internal = read();
        assertThat(internal.about("cadres", "a")).hasSize(2);
    }

    @Test
    void buildsFromAPlainFolderAndSaysOnceWhatItCouldNotKnow(@TempDir Path plain) throws Exception {
        new TestProject(plain).withBase();
        TestProject.copyTree(Path.of("templates"), plain.resolve("templates"));
        Files.createDirectories(plain.resolve("content"));
        Build.Result r = new Build(BuildContext.of(plain, Lang.VI, false)).run();
        assertThat(r.ok()).isTrue();
        assertThat(r.note()).contains("không phải kho git");
        assertThat(Files.readString(plain.resolve("output/index.html"))).doesNotContain("bản dữ liệu");
    }

    @Test
    void sameCommitBuildsByteIdenticalSites(@TempDir Path second) throws Exception {
        TestProject.copyTree(Path.of("templates"), dir.resolve("templates"));
        Files.createDirectories(dir.resolve("content"));
        cadre(CHANH_VAN_PHONG);
        commit("Thêm");
        Build.Result r = new Build(new BuildContext(dir, dir.resolve("output"), Lang.VI, false)).run();
        assertThat(r.ok()).isTrue();
        new Build(new BuildContext(dir, second.resolve("output"), Lang.VI, false)).run();
        try (Stream<Path> files = Files.walk(dir.resolve("output"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path other = second.resolve("output").resolve(dir.resolve("output").relativize(f).toString());
                assertThat(Files.mismatch(f, other)).as(f.toString()).isEqualTo(-1L);
            }
        }
        assertThat(Files.readString(dir.resolve("output/can-bo/a/index.html"))).contains("bản dữ liệu <code>");
    }

    @Test
    void saysWhenTheCloneIsShallow(@TempDir Path clone) throws Exception {
        cadre(CHANH_VAN_PHONG);
        commit("Thêm");
        cadre(CHANH_VAN_PHONG.replace("2019-01", "2019-02"));
        commit("Sửa ngày");
        Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call().close();
        History h = new HistoryReader(clone, t -> "", t -> "", d -> d).read();
        assertThat(h.note()).contains("nông");
    }

}
