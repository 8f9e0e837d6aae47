package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two builds of the same input write the same files byte for byte, so output can be diffed,
 * cached and reviewed, and a change in it always means a change in input. The second build runs
 * in another folder, in another JVM (other hash seeds for {@code Map.of}/{@code Set.of}), with
 * another default time zone and locale: none of these may show in the output.
 */
class DeterministicBuildTest {
    private static SampleSite first;
    private static SampleSite second;
    private static Path a;
    private static Path b;

    @BeforeAll
    static void build() throws Exception {
        first = SampleSite.copy();
        a = first.build();
        second = SampleSite.copy();
        b = second.buildInNewJvm("-Duser.timezone=America/Los_Angeles", "-Duser.language=en", "-Duser.country=US");
    }

    @AfterAll
    static void clean() throws Exception {
        if (first != null) first.close();
        if (second != null) second.close();
    }

    @Test
    void twoBuildsWriteTheSameFiles() {
        assertThat(SampleSite.files(b)).isEqualTo(SampleSite.files(a)).hasSizeGreaterThan(60);
    }

    @Test
    void twoBuildsWriteTheSameBytes() throws Exception {
        List<String> differing = new ArrayList<>();
        for (String file : SampleSite.files(a)) {
            Path other = b.resolve(file);
            if (!Files.exists(other) || !Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(other))) {
                differing.add(file);
            }
        }
        assertThat(differing).as("files that differ between two builds of the same input:%n%s", String.join("\n", differing))
                .isEmpty();
    }

    @Test
    void noOutputHoldsTheBuildFolder() {
        for (String file : SampleSite.files(a)) {
            // Read as ISO-8859-1 so that binary files (the PDF bulletins) are searched byte for byte.
            String text;
            try {
                text = new String(java.nio.file.Files.readAllBytes(a.resolve(file)), java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(text).as(file).doesNotContain(first.root().toString()).doesNotContain(first.root().getFileName().toString());
        }
    }
}
