package vn.luanchuyen.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.api.ResetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;

/**
 * After a commit, a process that keeps the history reads only the commits made since
 * ({@link HistoryReader#readAfter}); what it gets is what reading the whole history gives.
 */
class HistoryAfterCommitsTest extends CommittedBaseTest {
    @BeforeEach
    void cadreCommitted() throws Exception {
        cadre("a", "Nguyễn Văn A", "");
        repo.commit("Thêm hồ sơ A");
    }

    private void cadre(String id, String name, String end) throws Exception {
        project.write("data/cadres/" + id + ".yaml", "id: " + id + "\nname: " + name + "\nsources: [bao-mau]\ntenures:\n"
                + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n" + end);
    }

    @Test
    void theCommitsSinceFollowTheHistoryReadBeforeAsAWholeReadWouldGiveIt() throws Exception {
        HistoryCache first = HistoryCache.empty(VALID);
        History before = reader().read(first);
        first.write(dir.resolve("before"));

        cadre("a", "Nguyễn Văn Á", "    to: 2020-03\n");
        cadre("b", "Trần Thị B", "");
        repo.commit("Sửa A, thêm B");
        Files.delete(dir.resolve("data/cadres/b.yaml"));
        cadre("a", "Nguyễn Văn Ánh", "    to: 2020-03\n");
        repo.commitDated("Xoá B, sửa tên A (đồng hồ máy sai)", Instant.parse("2022-06-01T09:00:00Z"));
        cadre("c", "Lê Văn C", "");
        repo.commit("Thêm C");

        HistoryCache carried = first.carriedOver(); // as the process that read it hands it to its next build
        Optional<History> after = reader().readAfter(before, carried);
        HistoryCache whole = HistoryCache.read(dir.resolve("before"), VALID);
        History read = reader().read(whole);

        assertThat(after).isPresent();
        History h = after.get();
        assertThat(h.head()).isEqualTo(read.head());
        assertThat(h.changes()).isEqualTo(read.changes()).hasSizeGreaterThan(before.changes().size() + 2);
        assertThat(h.changes().get(h.changes().size() - 1).commit().message()).as("the misdated commit sorts oldest")
                .startsWith("Xoá B");
        assertThat(h.lastChanges()).isEqualTo(read.lastChanges()).containsKeys("data/cadres/a.yaml", "data/cadres/b.yaml", "data/cadres/c.yaml");
        for (String id : new String[] {"a", "b", "c"}) {
            assertThat(h.about("cadres", id)).as(id).isEqualTo(read.about("cadres", id)).isNotEmpty();
        }
        assertThat(before.about("cadres", "c")).as("the history read before is left as it was").isEmpty();
        long counted = 0;
        for (RecordChange c : read.changes()) counted += c.changes().stream().map(Change::recordId).distinct().count();
        assertThat(h.recordsChanged()).as("the changes page's total").isEqualTo(read.recordsChanged()).isEqualTo(counted)
                .isGreaterThan(before.recordsChanged());
        assertThat(carried.changed()).isTrue();
        carried.write(dir.resolve("after"));
        whole.write(dir.resolve("whole"));
        var after2 = TestProject.files(dir.resolve("after"));
        var whole2 = TestProject.files(dir.resolve("whole"));
        assertThat(after2.keySet()).as("the same cache written").isEqualTo(whole2.keySet()).isNotEmpty();
        whole2.forEach((name, bytes) -> assertThat(after2.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void noNewCommitGivesTheSameHistory() throws Exception {
        HistoryCache first = HistoryCache.empty(VALID);
        History before = reader().read(first);
        Optional<History> after = reader().readAfter(before, first.carriedOver());
        assertThat(after).isPresent();
        assertThat(after.get().changes()).isEqualTo(before.changes());
        assertThat(after.get().head()).isEqualTo(before.head());
    }

    @Test
    void aCommitThatDoesNotDescendFromThePreviousOneNeedsAWholeRead() throws Exception {
        cadre("a", "Nguyễn Văn Á", "");
        repo.commit("Sửa tên A");
        History before = reader().read(HistoryCache.empty(VALID));
        repo.git().reset().setMode(ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
        cadre("b", "Trần Thị B", "");
        repo.commit("Thêm B");
        assertThat(reader().readAfter(before, HistoryCache.empty(VALID))).isEmpty();
    }
}
