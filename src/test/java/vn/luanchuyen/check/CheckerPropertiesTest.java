package vn.luanchuyen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Diagnostic;

/** Whatever a hand-edited cadre file holds, check answers with diagnostics that point at real lines. */
class CheckerPropertiesTest {
    private static final List<String> PIECES = List.of("id: a\n", "name: Nguyễn Văn A\n", "sources: [bao-mau]\n",
            "tenures:\n", "  - unit: xa-c\n", "    post: bí thư\n", "    from: 2020-03\n", "    to: 2019\n",
            "    to: 2020-13\n", "    began: [luân chuyển, chỉ định]\n", "  - unit: xa-d\n", "    post: chủ tịch ubnd\n",
            "    held_on: 2022\n", "gender: nữ\n", "hometown: huyen-b\n", "birth_year: 1975\n", "internal: [hometown]\n",
            "  - ", "    ", ": ", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a ", "\t", "#", "\n", "~", "0x1F", "010",
            "no", "<script>", "${x}", "<#if>", "../", "/etc/passwd", "Đặng", "\u0301", "\uFEFF", "   ", "? ", "|\n", ">\n");

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void neverThrowsAndPointsAtRealLines(@ForAll("yamlish") String text) throws IOException {
        try (TestProject p = TestProject.temporary()) {
            Checked checked = p.withBase().write("data/cadres/a.yaml", text).check();
            long lines = text.lines().count() + 1;
            for (Diagnostic d : checked.diagnostics()) {
                assertThat(d.at().line()).as(d.toString()).isBetween(0, (int) Math.max(lines, 1));
                assertThat(d.at().file()).startsWith("data/");
            }
        }
    }
}
