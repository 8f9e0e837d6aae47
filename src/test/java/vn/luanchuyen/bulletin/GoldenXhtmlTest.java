package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.luanchuyen.model.Dataset;

/**
 * The XHTML behind each sample bulletin, compared exactly with its golden file in
 * {@code src/test/resources/golden/bulletins/}. After a deliberate change of templates or data,
 * regenerate with {@code mvn test -Dtest=GoldenXhtmlTest -Dgolden.update=true} and review the diff.
 */
class GoldenXhtmlTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/bulletins");
    private static Dataset data;
    private static BulletinWriter writer;

    @BeforeAll
    static void setUp() {
        data = SampleProject.publicData();
        writer = new BulletinWriter(SampleProject.ROOT, false);
    }

    static Stream<BulletinSpec> bulletins() {
        return new BulletinCatalog().specs(SampleProject.publicData()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletins")
    void xhtmlIsTheGoldenOne(BulletinSpec spec) throws IOException {
        String xhtml = writer.xhtml(spec, data);
        Path golden = GOLDEN.resolve(spec.fileName().replace(".pdf", ".xhtml"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, xhtml, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; run with -Dgolden.update=true to create it").exists();
        assertThat(xhtml).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
