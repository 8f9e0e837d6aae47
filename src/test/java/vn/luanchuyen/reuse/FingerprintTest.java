package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    record Link(String href, String text) {
    }

    record Row(String date, Link cadre, List<String> notes, boolean nonLocal) {
    }

    private static String fp(Object o) {
        return new Fingerprint().add(o).hex();
    }

    @Test
    void equalRecordsGiveEqualFingerprintsAndAnyDeepDifferenceAnother() {
        Row a = new Row("04/07/2022", new Link("can-bo/a/", "Đặng Văn A"), List.of("x", "y"), true);
        assertThat(fp(a)).isEqualTo(fp(new Row("04/07/2022", new Link("can-bo/a/", "Đặng Văn A"), List.of("x", "y"), true)))
                .matches("[0-9a-f]{32}");
        assertThat(fp(a)).isNotEqualTo(fp(new Row("04/07/2022", new Link("can-bo/a/", "Đặng Văn Á"), List.of("x", "y"), true)));
        assertThat(fp(a)).isNotEqualTo(fp(new Row("04/07/2022", new Link("can-bo/a/", "Đặng Văn A"), List.of("y", "x"), true)));
        assertThat(fp(a)).isNotEqualTo(fp(new Row("04/07/2022", new Link("can-bo/a/", "Đặng Văn A"), List.of("x", "y"), false)));
    }

    @Test
    void boundariesBetweenTextsAndKindsOfValueCount() {
        assertThat(fp(List.of("ab", "c"))).isNotEqualTo(fp(List.of("a", "bc")));
        assertThat(fp("1")).isNotEqualTo(fp(1));
        assertThat(fp(1)).isNotEqualTo(fp(1L));
        assertThat(fp(null)).isNotEqualTo(fp(""));
        assertThat(fp(LocalDate.of(2022, 7, 4))).isNotEqualTo(fp("2022-07-04"));
    }

    @Test
    void orderCountsInListsAndLinkedMapsButNotInHashedSetsAndMaps() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(fp(ab)).isNotEqualTo(fp(ba));
        assertThat(fp(Map.of("a", "1", "b", "2"))).isEqualTo(fp(Map.of("b", "2", "a", "1")));
        assertThat(fp(Set.of("x", "y", "z"))).isEqualTo(fp(Set.of("z", "y", "x")));
        assertThat(fp(Set.of("x", "y"))).isNotEqualTo(fp(Set.of("x", "z")));
    }

    @Test
    void aValueItDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> fp(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    /**
     * The digest is of one encoding whatever the sizes: a text is its tag, its length and its UTF-16
     * code units, whether it fits the small first buffer or crosses several blocks, and after many
     * small values as after none.
     */
    @Test
    void textsOfAnyLengthAreDigestedAsTheirCodeUnits() throws Exception {
        for (int length : new int[] {0, 7, 40, 511, 512, 513, 1023, 1024, 1500, 5000}) {
            String text = "Bí thư Đảng ủy xã Cúc Đường ".repeat(200).substring(0, length);
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(expected);
            for (int i = 0; i < 30; i++) {
                out.writeByte('s');
                out.writeInt(1);
                out.writeChars("x");
            }
            out.writeByte('s');
            out.writeInt(length);
            out.writeChars(text);
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(expected.toByteArray());
            Fingerprint f = new Fingerprint();
            for (int i = 0; i < 30; i++) f.add("x");
            assertThat(f.add(text).hex()).as("a text of %d characters", length)
                    .isEqualTo(java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(sha, 16)));
        }
    }
}
