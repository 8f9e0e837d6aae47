package vn.luanchuyen.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Locality;
import vn.luanchuyen.model.PostKind;

/** Directions, locality and post holders are derived from levels, hometowns and dates. */
class DerivationTest {
    @TempDir
    Path dir;
    private Dataset data;
    private UnitIndex units;

    @BeforeEach
    void project() throws IOException {
        TestProject p = new TestProject(dir).withBase()
                .write("data/units/tinh-a/huyen-e.yaml", """
                        units:
                          - id: huyen-e
                            name: Huyện E
                            type: huyện
                            parent: tinh-a
                            valid_to: 2025-06-30
                          - id: xa-g
                            name: Xã G
                            type: xã
                            parents:
                              - unit: huyen-e
                                to: 2025-06-30
                              - unit: tinh-a
                                from: 2025-07-01
                            valid_to: 2025-06-30
                            events:
                              - date: 2025-07-01
                                kind: sáp nhập vào
                                into: xa-moi
                          - id: xa-moi
                            name: Xã Mới
                            type: xã
                            parent: tinh-a
                            valid_from: 2025-07-01
                        """)
                .write("data/units/thanh-pho-h.yaml", """
                        units:
                          - id: thanh-pho-h
                            name: Thành phố H
                            type: thành phố
                          - id: phuong-k
                            name: Phường K
                            type: phường
                            parent: thanh-pho-h
                        """)
                .write("data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        hometown: xa-g
                        sources: [bao-mau]
                        tenures:
                          - unit: huyen-b
                            post: chánh văn phòng
                            to: 2020-03
                          - unit: xa-c
                            post: bí thư
                            from: 2020-03
                            began: luân chuyển
                          - unit: xa-d
                            post: bí thư
                            from: 2023-01
                            to: 2024-12
                            began: [luân chuyển, chỉ định]
                          - unit: huyen-e
                            post: trưởng ban tổ chức
                            from: 2025-01
                            to: 2025-06-30
                            began: điều động
                        """)
                .write("data/cadres/g.yaml", """
                        id: g
                        name: Lê Văn G
                        sources: [bao-mau]
                        tenures:
                          - unit: xa-g
                            post: bí thư
                            from: 2020-10
                            to: 2025-06-30
                          - unit: xa-moi
                            post: bí thư
                            from: 2025-07-01
                            began: điều động
                        """)
                .write("data/cadres/h.yaml", """
                        id: h
                        name: Phạm Thị H
                        sources: [bao-mau]
                        tenures:
                          - unit: tinh-a
                            post: trưởng ban tổ chức
                            to: 2025-09
                          - unit: xa-moi
                            post: chủ tịch ubnd
                            from: 2025-10
                            began: luân chuyển
                        """)
                .write("data/cadres/b.yaml", """
                        id: b
                        name: Trần Thị B
                        hometown: huyen-b
                        sources: [bao-mau]
                        tenures:
                          - unit: xa-c
                            post: chủ tịch ubnd
                            held_on: 2022-07
                        """);
        data = p.check().data();
        units = new UnitIndex(data.units());
    }

    private Cadre cadre(String id) {
        return data.cadres().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void levelsComeFromTheTreeAcrossTheReform() {
        assertThat(units.level("tinh-a")).isEqualTo(0);
        assertThat(units.level("huyen-b")).isEqualTo(1);
        assertThat(units.level("xa-g")).isEqualTo(2);
        assertThat(units.parentOn("xa-g", LocalDate.of(2025, 6, 30))).contains("huyen-e");
        assertThat(units.parentOn("xa-g", LocalDate.of(2025, 7, 1))).contains("tinh-a");
        assertThat(units.within("xa-g", "tinh-a")).isTrue();
        assertThat(units.within("xa-g", "huyen-b")).isFalse();
    }

    @Test
    void aCommuneRightUnderItsProvinceAfterTheReformIsStillACommune() {
        assertThat(units.level("xa-moi")).isEqualTo(units.level("xa-g")).isEqualTo(2);
        // a thành phố with no province above it is placed by the tree alone
        assertThat(units.level("phuong-k")).isEqualTo(1);
        var moves = new MoveFinder(units).moves(data.cadres());
        assertThat(moves).filteredOn(m -> m.to().unit().equals("xa-moi"))
                .extracting(m -> m.cadre(), m -> m.from().unit(), m -> m.direction())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("g", "xa-g", Direction.LATERAL),
                        org.assertj.core.groups.Tuple.tuple("h", "tinh-a", Direction.DOWN));
    }

    @Test
    void directionOfEachMoveFollowsUnitLevels() {
        var moves = new MoveFinder(units).moves(cadre("a"));
        assertThat(moves).extracting(m -> m.to().unit(), m -> m.from().unit(), m -> m.direction())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("xa-c", "huyen-b", Direction.DOWN),
                        org.assertj.core.groups.Tuple.tuple("xa-d", "xa-c", Direction.LATERAL),
                        org.assertj.core.groups.Tuple.tuple("huyen-e", "xa-d", Direction.UP));
    }

    @Test
    void localityIsDerivedFromTheHometown() {
        LocalityResolver locality = new LocalityResolver(units);
        assertThat(locality.of(cadre("a"), "xa-g")).isEqualTo(Locality.LOCAL);
        assertThat(locality.of(cadre("a"), "huyen-e")).isEqualTo(Locality.LOCAL);
        assertThat(locality.of(cadre("a"), "xa-c")).isEqualTo(Locality.NON_LOCAL);
        // hometown known only as the district that contains the commune: cannot tell
        assertThat(locality.of(cadre("b"), "xa-c")).isEqualTo(Locality.UNKNOWN);
        assertThat(locality.of(cadre("b"), "xa-g")).isEqualTo(Locality.NON_LOCAL);
    }

    @Test
    void findsWhoHeldAPostOnADate() {
        PostHolders holders = PostHolders.plausibly(data.cadres());
        assertThat(holders.on("xa-c", PostKind.BI_THU, LocalDate.of(2021, 1, 1))).extracting(Cadre::id).containsExactly("a");
        assertThat(holders.on("xa-c", PostKind.BI_THU, LocalDate.of(2020, 2, 1))).isEmpty();
        assertThat(holders.on("xa-c", PostKind.CHU_TICH_UBND, LocalDate.of(2022, 7, 15))).extracting(Cadre::id)
                .containsExactly("b");
        assertThat(PostHolders.surely(data.cadres()).on("xa-c", PostKind.CHU_TICH_UBND, LocalDate.of(2022, 7, 15)))
                .as("a month is not proof of any one day").isEmpty();
    }
}
