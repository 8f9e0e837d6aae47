package vn.luanchuyen.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;

/** What a build worked out of each file change is kept, read back the same, and used instead of comparing the versions again. */
class HistoryCacheTest extends CommittedBaseTest {
    @BeforeEach
    void cadreCommittedTwice() throws Exception {
        project.write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn A\nsources: [bao-mau]\ntenures:\n"
                + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n");
        commit("Thêm hồ sơ");
        project.write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn Á\nsources: [bao-mau]\ntenures:\n"
                + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n    to: 2020-03\n");
        commit("Sửa tên, kết thúc chức vụ");
    }

    private void commit(String message) throws Exception {
        repo.commit(message);
    }

    @Test
    void aSecondReadTakesEveryFileChangeFromTheCacheAndGivesTheSameHistory() throws IOException {
        HistoryCache first = HistoryCache.empty(VALID);
        History worked = reader().read(first);
        assertThat(first.reused()).isZero();
        Path file = dir.resolve("cache");
        first.write(file);

        HistoryCache second = HistoryCache.read(file, VALID);
        History cached = reader().read(second);
        assertThat(cached.changes()).isEqualTo(worked.changes()).isNotEmpty();
        assertThat(second.reused()).as("file changes taken from the cache").isEqualTo(fileChanges());
        assertThat(first.changed()).isTrue();
        assertThat(second.changed()).as("nothing new to write").isFalse();
        assertThat(second.shards()).as("no file to write again").noneMatch(HistoryCache.Shard::changed).isNotEmpty();
        Path again = dir.resolve("again");
        second.write(again);
        assertSameFiles(again, file);
    }

    @Test
    void aCacheMadeUnderAnotherValidityIsIgnored() throws IOException {
        HistoryCache first = HistoryCache.empty(VALID);
        reader().read(first);
        first.write(dir.resolve("cache"));
        HistoryCache other = HistoryCache.read(dir.resolve("cache"), "public, program p1, units u2");
        reader().read(other);
        assertThat(other.reused()).isZero();
    }

    @Test
    void cachedEntriesAreWhatIsUsedEvenWhenTheyDisagreeWithTheFiles() throws IOException {
        // proves the cache is read, not recomputed: a hand-altered entry comes back as written
        Path file = writtenByAWholeRead("cache");
        for (Path shard : shards(file)) gzip(shard, gunzip(shard).replace("Nguyễn Văn Á", "Tên\\tcó\\\\ký\\ntự lạ"));
        History h = reader().read(HistoryCache.read(file, VALID));
        assertThat(h.about("cadres", "a").get(0).changes()).extracting(Change::detail).contains("Tên\tcó\\ký\ntự lạ");
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Path file = writtenByAWholeRead("cache");
        for (Path shard : shards(file)) gzip(shard, gunzip(shard) + "broken line without fields\n");
        HistoryCache damaged = HistoryCache.read(file, VALID);
        assertThat(reader().read(damaged).changes()).isEqualTo(reader().read().changes()).isNotEmpty();
        assertThat(damaged.reused()).isZero();
    }

    @Test
    void aNewCommitChangesOnlyTheFileThatHoldsItsChange() throws Exception {
        Path file = writtenByAWholeRead("cache");
        project.write("data/cadres/a.yaml", "id: a\nname: Nguyễn Văn Ánh\nsources: [bao-mau]\ntenures:\n"
                + "  - unit: huyen-b\n    post: chánh văn phòng\n    from: 2019-01\n    to: 2020-03\n");
        commit("Sửa tên lần nữa");

        HistoryCache next = HistoryCache.read(file, VALID);
        reader().read(next);
        assertThat(next.shards()).as("the files holding what this read used").hasSizeGreaterThan(1);
        assertThat(next.shards().stream().filter(HistoryCache.Shard::changed)).as("one file change, one file to write").hasSize(1);
        Path written = dir.resolve("next");
        next.write(written);
        assertSameFiles(written, writtenByAWholeRead("whole"));
        String changed = next.shards().stream().filter(HistoryCache.Shard::changed).findFirst().orElseThrow().name();
        assertThat(!Files.exists(file.resolve(changed)) || Files.mismatch(file.resolve(changed), written.resolve(changed)) != -1L)
                .as("the file that changed is new or differs").isTrue();
        for (HistoryCache.Shard s : next.shards()) {
            if (!s.changed()) assertThat(Files.mismatch(file.resolve(s.name()), written.resolve(s.name()))).as(s.name()).isEqualTo(-1L);
        }
    }

    /** The folder {@code name}, holding the cache a read of the whole history with none before writes. */
    private Path writtenByAWholeRead(String name) throws IOException {
        HistoryCache cache = HistoryCache.empty(VALID);
        reader().read(cache);
        Path folder = dir.resolve(name);
        cache.write(folder);
        return folder;
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        var a = TestProject.files(actual);
        var e = TestProject.files(expected);
        assertThat(a.keySet()).isEqualTo(e.keySet()).isNotEmpty();
        e.forEach((name, bytes) -> assertThat(a.get(name)).as(name).isEqualTo(bytes));
    }

    private static List<Path> shards(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void gzip(Path file, String text) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private long fileChanges() throws IOException {
        try (GitHistory g = GitHistory.open(dir).orElseThrow()) {
            return g.changes("data/").stream().map(c -> c.file() + c.before() + c.after()).distinct().count();
        }
    }
}
