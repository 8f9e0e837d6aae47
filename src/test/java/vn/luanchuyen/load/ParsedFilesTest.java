package vn.luanchuyen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;

/** Loading again with the files parsed before: only what changed is parsed again, and the result is the same as a fresh load. */
class ParsedFilesTest {

    private static Map<String, Cadre> cadres(Dataset d) {
        return d.cadres().stream().collect(Collectors.toMap(Cadre::id, Function.identity()));
    }

    @Test
    void unchangedFilesAreNotParsedAgainAndChangedOnesAre() throws IOException {
        try (TestProject project = TestProject.temporary()) {
            TestProject.copyTree(Path.of("data"), project.root().resolve("data"));
            ParsedFiles parsed = new ParsedFiles();
            Map<String, Cadre> first = cadres(new DatasetLoader(project.root(), parsed).load(new Diagnostics()));
            Map<String, Cadre> second = cadres(new DatasetLoader(project.root(), parsed).load(new Diagnostics()));
            assertThat(second).hasSameSizeAs(first).hasSizeGreaterThan(10);
            second.forEach((id, c) -> assertThat(c).as(id).isSameAs(first.get(id)));

            Path file = project.root().resolve("data/cadres/vu-thi-ha.yaml");
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("name: Vũ Thị Hà", "name: Vũ Thị Hà Sửa"),
                    StandardCharsets.UTF_8);
            Files.delete(project.root().resolve("data/cadres/do-dinh-ha.yaml"));
            Dataset third = new DatasetLoader(project.root(), parsed).load(new Diagnostics());
            Map<String, Cadre> byId = cadres(third);
            assertThat(byId.get("vu-thi-ha").name()).hasToString("Vũ Thị Hà Sửa");
            assertThat(byId).doesNotContainKey("do-dinh-ha");
            byId.forEach((id, c) -> {
                if (!id.equals("vu-thi-ha")) assertThat(c).as(id).isSameAs(first.get(id));
            });
            Dataset fresh = new DatasetLoader(project.root()).load(new Diagnostics());
            assertThat(third).isEqualTo(fresh);
        }
    }

    @Test
    void filesComeInTheOrderOfAFreshLoadWhenTheirNamesChange() throws IOException {
        try (TestProject project = TestProject.temporary()) {
            TestProject.copyTree(Path.of("data"), project.root().resolve("data"));
            ParsedFiles parsed = new ParsedFiles();
            new DatasetLoader(project.root(), parsed).load(new Diagnostics());
            Path cadres = project.root().resolve("data/cadres");
            // as many files as before, one under another name: the last order no longer fits
            Files.move(cadres.resolve("vu-thi-ha.yaml"), cadres.resolve("a-vu-thi-ha.yaml"));
            Dataset renamed = new DatasetLoader(project.root(), parsed).load(new Diagnostics());
            assertThat(renamed).isEqualTo(new DatasetLoader(project.root()).load(new Diagnostics()));
            assertThat(renamed.cadres().get(0).id()).isEqualTo("vu-thi-ha");
            // and the order of that load serves the next one, with the same names
            Dataset again = new DatasetLoader(project.root(), parsed).load(new Diagnostics());
            assertThat(again).isEqualTo(renamed);
            Files.move(cadres.resolve("a-vu-thi-ha.yaml"), cadres.resolve("zz-vu-thi-ha.yaml"));
            Dataset last = new DatasetLoader(project.root(), parsed).load(new Diagnostics());
            assertThat(last.cadres().get(last.cadres().size() - 1).id()).isEqualTo("vu-thi-ha");
            assertThat(last).isEqualTo(new DatasetLoader(project.root()).load(new Diagnostics()));
        }
    }
}
