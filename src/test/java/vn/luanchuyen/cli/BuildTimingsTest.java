package vn.luanchuyen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;

/**
 * {@code build --timings} prints each phase with its wall time, the collector's pauses within it
 * and the processor time the process spent in it, in the language asked for.
 */
class BuildTimingsTest {
    private static final Pattern EN = Pattern.compile("^  (.+?) +(\\d+\\.\\d\\d) s   gc pauses +(\\d+\\.\\d\\d) s   cpu +(\\d+\\.\\d\\d) s$");
    private static final Pattern VI =
            Pattern.compile("^  (.+?) +(\\d+\\.\\d\\d) s   dừng dọn bộ nhớ +(\\d+\\.\\d\\d) s   thời gian CPU +(\\d+\\.\\d\\d) s$");

    @Test
    void printsEveryPhaseWithItsPausesAndProcessorTime() throws Exception {
        try (TestProject project = TestProject.generated(15)) {
            List<String> en = phases(timings(project, "en"), EN);
            assertThat(en).contains("load and check", "site: pages", "bulletins");
            // the second build keeps what the first made: its phases are printed all the same, in Vietnamese
            List<String> vi = phases(timings(project, "vi"), VI);
            assertThat(vi).contains("load and check", "site: pages", "bulletins");
        }
    }

    /** The names of the phase lines, each checked: pauses within the phase, processor time at most every core busy. */
    private static List<String> phases(String printed, Pattern line) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> lines = printed.lines().filter(l -> l.startsWith("  ") && l.contains(" s   ")).toList();
        assertThat(lines).as(printed).isNotEmpty();
        double cpu = 0;
        for (String l : lines) {
            Matcher m = line.matcher(l);
            assertThat(m.matches()).as(l).isTrue();
            double wall = Double.parseDouble(m.group(2));
            assertThat(Double.parseDouble(m.group(3))).as(l).isLessThanOrEqualTo(wall + 0.01);
            assertThat(Double.parseDouble(m.group(4))).as(l).isLessThanOrEqualTo(cores * wall + 0.05);
            cpu += Double.parseDouble(m.group(4));
        }
        assertThat(cpu).as(printed).isPositive();
        return lines.stream().map(l -> line.matcher(l)).peek(Matcher::matches).map(m -> m.group(1)).toList();
    }

    private static String timings(TestProject project, String lang) {
        Printed p = Printed.run("build", "--project", project.root().toString(), "--timings", "--lang", lang);
        assertThat(p.exit()).as(p.err()).isZero();
        return p.err();
    }
}
