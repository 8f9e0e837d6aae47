package vn.luanchuyen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.text.PostNames;

/** The shipped sample data of the five districts: clean, and saying what the reports say. */
class SampleDataTest {
    private static Checked sample;
    private static UnitIndex units;

    @BeforeAll
    static void load() {
        sample = Checked.of(Path.of("."));
        units = new UnitIndex(sample.data().units());
    }

    @Test
    void checksWithoutAnyProblem() {
        assertThat(sample.diagnostics()).isEmpty();
    }

    @Test
    void holdsTheFiveDistrictsAndTheirPeople() {
        assertThat(sample.data().units()).extracting(u -> u.id())
                .contains("vo-nhai", "lap-thach", "gia-nghia", "tam-duong", "nong-son", "cuc-duong", "trang-xa",
                        "xuan-loi", "hoa-son", "nghia-phu", "nghia-tan", "que-trung", "ninh-phuoc");
        assertThat(sample.data().cadres()).hasSize(13);
        assertThat(sample.data().sources()).hasSize(5);
    }

    @Test
    void derivesEveryMoveWithItsDirection() {
        List<Move> moves = new MoveFinder(units).moves(sample.data().cadres());
        assertThat(moves).extracting(Move::cadre, m -> post(m.from()), m -> post(m.to()), Move::kind, Move::direction)
                .containsExactlyInAnyOrder(
                        tuple("nguyen-hong-son", "Trưởng phòng Tài nguyên và Môi trường huyện Võ Nhai",
                                "Phó Bí thư Thường trực Đảng ủy xã Cúc Đường", StartKind.LUAN_CHUYEN, Direction.DOWN),
                        tuple("hoang-hong-hanh", "Bí thư Đảng ủy xã Tràng Xá", "Chánh Văn phòng Huyện ủy Võ Nhai",
                                StartKind.LUAN_CHUYEN, Direction.UP),
                        tuple("trieu-tien-van", "Chánh Văn phòng Huyện ủy Võ Nhai", "Bí thư Đảng ủy xã Tràng Xá",
                                StartKind.LUAN_CHUYEN, Direction.DOWN),
                        tuple("vu-minh-nghia", "Cán bộ Thành ủy Gia Nghĩa", "Bí thư Đảng ủy phường Nghĩa Phú",
                                StartKind.LUAN_CHUYEN, Direction.DOWN),
                        tuple("vu-thi-ha", "Cán bộ Văn phòng UBND thành phố Gia Nghĩa", "Chủ tịch UBND phường Nghĩa Tân",
                                StartKind.DIEU_DONG, Direction.DOWN),
                        tuple("nguyen-ngoc-hien", "Chánh Thanh tra huyện Nông Sơn", "Bí thư Đảng ủy xã Quế Trung",
                                StartKind.LUAN_CHUYEN, Direction.DOWN));
    }

    @Test
    void recordsTheDistrictsEndingInTheTwoTierReform() {
        for (String district : List.of("vo-nhai", "lap-thach", "gia-nghia", "tam-duong", "nong-son")) {
            var unit = units.get(district).orElseThrow();
            assertThat(unit.validTo()).hasToString("2025-06-30");
            assertThat(unit.events()).singleElement().satisfies(e -> {
                assertThat(e.date()).hasToString("2025-07-01");
                assertThat(e.basis()).isNotBlank();
            });
            assertThat(units.level(district)).isEqualTo(2);
        }
    }

    @Test
    void storesEveryFileAsNfcUtf8WithoutTabs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(f.toString()).isTrue();
                assertThat(text).as(f.toString()).doesNotContain("\t").doesNotStartWith("\uFEFF");
            }
        }
    }

    private static String post(Tenure t) {
        return t == null ? null : PostNames.post(t, units.get(t.unit()).orElseThrow());
    }
}
