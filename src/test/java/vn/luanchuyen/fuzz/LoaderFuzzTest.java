package vn.luanchuyen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import vn.luanchuyen.check.Checker;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.load.DatasetLoader;

/**
 * Whatever the bytes of a data file, loading and checking them gives diagnostics, never another
 * exception. {@code mvn test} replays the inputs under
 * {@code src/test/resources/vn/luanchuyen/fuzz/LoaderFuzzTestInputs/}; set {@code JAZZER_FUZZ=1}
 * to look for new ones.
 */
class LoaderFuzzTest {
    private static final DatasetLoader LOADER = new DatasetLoader(Path.of("/nonexistent-project"));
    private static final String[] FILES = {"data/cadres/a.yaml", "data/units/tinh/huyen.yaml", "data/programmes/p.yaml",
        "data/figures/f.yaml", "data/evaluations/e.yaml", "data/sources/s.yaml", "data/training/t.yaml",
        "data/achievements/x.yaml"};

    @FuzzTest(maxDuration = "10s")
    void loadingAndCheckingAnyBytesGivesOnlyDiagnostics(byte[] input) {
        if (input.length == 0) return;
        String file = FILES[Math.floorMod(input[0], FILES.length)];
        byte[] bytes = java.util.Arrays.copyOfRange(input, 1, input.length);
        Diagnostics diagnostics = new Diagnostics();
        var data = LOADER.parse(file, bytes, diagnostics);
        new Checker().check(data, diagnostics);
        for (Diagnostic d : diagnostics.sorted()) {
            assertThat(d.at().file()).isEqualTo(file);
            assertThat(d.at().line()).isGreaterThanOrEqualTo(0);
        }
    }
}
