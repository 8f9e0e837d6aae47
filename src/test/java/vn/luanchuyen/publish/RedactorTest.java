package vn.luanchuyen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;

/**
 * The public view copies only the records it must change: a record with nothing internal is
 * published as it is, the very same object (a national dataset's records are not copied on every
 * build, and what is kept by record stays valid), while one with a birth year or an internal field is a
 * copy without them.
 */
class RedactorTest {
    @Test
    void onlyRecordsWithSomethingInternalAreCopied() throws IOException {
        try (TestProject project = TestProject.temporary().withBase()) {
            project.write("data/cadres/mo.yaml", """
                    id: mo
                    name: Nguyễn Văn Mở
                    sources: [bao-mau]
                    tenures:
                      - unit: xa-c
                        post: bí thư
                        from: 2020-01-01
                    """);
            project.write("data/cadres/kin.yaml", """
                    id: kin
                    name: Trần Thị Kín
                    birth_year: 1975
                    sources: [bao-mau]
                    tenures:
                      - unit: xa-c
                        post: chủ tịch ubnd
                        from: 2020-01-01
                        note: ghi chú nội bộ
                        internal: [note]
                    """);
            Dataset data = project.check().data();
            assertThat(project.check().diagnostics()).as("the project passes check").noneMatch(d -> d.isError());
            Dataset published = new Redactor().publicView(data);
            Cadre open = byId(data, "mo");
            Cadre closed = byId(data, "kin");
            assertThat(byId(published, "mo")).isSameAs(open);
            assertThat(published.units()).as("units with nothing internal").containsExactlyElementsOf(data.units())
                    .allMatch(u -> data.units().stream().anyMatch(raw -> raw == u));
            Cadre copy = byId(published, "kin");
            assertThat(copy).isNotSameAs(closed);
            assertThat(copy.birthYear()).isNull();
            assertThat(copy.tenures().get(0).note()).isNull();
            assertThat(closed.birthYear()).isEqualTo(1975);
        }
    }

    private static Cadre byId(Dataset d, String id) {
        return d.cadres().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
