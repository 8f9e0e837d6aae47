package vn.luanchuyen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;

/** A cadre written as YAML, by label or by id, in NFC or NFD, loads back as exactly what was written. */
class CadreRoundTripTest {
    record GenTenure(String unit, PostKind post, PartialDate from, PartialDate to, List<StartKind> began, String note) {
    }

    record GenCadre(String name, List<GenTenure> tenures, boolean nfd, boolean byLabel) {
    }

    private static final List<String> NAMES = List.of("Nguyễn Hồng Sơn", "Hoàng Hồng Hạnh", "Triệu Tiến Văn",
            "Vũ Thị Hà", "Đỗ Đình Hà", "Quảng Văn Ngọc", "Võ Phạm Xuân Lâm", "Lê Thị Thu Thủy", "Đặng Quỳnh Lưu");
    private static final List<PostKind> POSTS = List.of(PostKind.BI_THU, PostKind.PHO_BI_THU_THUONG_TRUC,
            PostKind.CHU_TICH_UBND, PostKind.CHU_TICH_HDND, PostKind.CHANH_VAN_PHONG, PostKind.TRUONG_BAN_TO_CHUC);

    @Provide
    Arbitrary<GenCadre> cadres() {
        Arbitrary<PartialDate> dates = Combinators.combine(Arbitraries.integers().between(1990, 2030),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 28), Arbitraries.of(true, false))
                .as((y, m, d, approx) -> new PartialDate(y, m, m == 0 ? 0 : d, approx));
        Arbitrary<GenTenure> tenures = Combinators.combine(Arbitraries.of("xa-c", "xa-d", "huyen-b"), Arbitraries.of(POSTS),
                dates, dates.injectNull(0.3), Arbitraries.of(StartKind.class).list().uniqueElements().ofMaxSize(2),
                Arbitraries.of("", "Ghi chú: \"kiêm nhiệm\" # không phải chú thích", "a: b", "<script>alert(1)</script>",
                        "${x} <#if>", "010", "no"))
                .as(GenTenure::new);
        return Combinators.combine(Arbitraries.of(NAMES), tenures.list().ofMaxSize(4), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(GenCadre::new);
    }

    @Property(tries = 150)
    void loadsBackWhatWasWritten(@ForAll("cadres") GenCadre gen) throws IOException {
        var loaded = check(yaml(gen));
        assertThat(loaded.diagnostics()).filteredOn(d -> d.code().startsWith("yaml.") || d.code().startsWith("field.")
                || d.code().startsWith("vocab.") || d.code().startsWith("date.")).isEmpty();
        Cadre c = loaded.data().cadres().get(0);
        assertThat(c.name().full()).isEqualTo(gen.name());
        assertThat(c.tenures()).hasSize(gen.tenures().size());
        for (int i = 0; i < gen.tenures().size(); i++) {
            GenTenure g = gen.tenures().get(i);
            var t = c.tenures().get(i);
            assertThat(t.unit()).isEqualTo(g.unit());
            assertThat(t.post()).isEqualTo(g.post());
            assertThat(t.from()).isEqualTo(g.from());
            assertThat(t.to()).isEqualTo(g.to());
            assertThat(t.began()).isEqualTo(g.began());
            assertThat(t.note()).isEqualTo(g.note().isEmpty() ? null : g.note());
        }
    }

    private static vn.luanchuyen.build.Checked check(String yaml) throws IOException {
        try (TestProject p = TestProject.temporary()) {
            return p.withBase().write("data/cadres/x.yaml", yaml).check();
        }
    }

    private static String yaml(GenCadre g) {
        List<String> lines = new ArrayList<>();
        lines.add("id: x");
        lines.add("name: " + text(g.name(), g.nfd()));
        lines.add("sources: [bao-mau]");
        lines.add("tenures:" + (g.tenures().isEmpty() ? " []" : ""));
        for (GenTenure t : g.tenures()) {
            lines.add("  - unit: " + t.unit());
            lines.add("    post: " + text(g.byLabel() ? t.post().label() : t.post().id(), g.nfd()));
            lines.add("    from: \"" + t.from() + "\"");
            if (t.to() != null) lines.add("    to: " + t.to());
            if (!t.began().isEmpty()) {
                lines.add("    began: [" + String.join(", ", t.began().stream()
                        .map(s -> text(g.byLabel() ? s.label() : s.id(), g.nfd())).toList()) + "]");
            }
            if (!t.note().isEmpty()) lines.add("    note: " + quoted(text(t.note(), g.nfd())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String text(String s, boolean nfd) {
        return nfd ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
