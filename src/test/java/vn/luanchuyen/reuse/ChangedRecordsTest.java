package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The records whose worked-out value is not the very one the earlier build had, and those gone. */
class ChangedRecordsTest {
    private record Rec(String id) {
    }

    private static final Function<Rec, String> ID = Rec::id;

    private static List<Rec> recs(String... ids) {
        List<Rec> out = new ArrayList<>();
        for (String id : ids) out.add(new Rec(new String(id)));
        return out;
    }

    @Test
    void theSameValuesInPlaceAreNoChange() {
        List<Rec> records = recs("a", "b", "c");
        List<Object> values = List.of(new Object(), new Object(), new Object());
        assertThat(ChangedRecords.ids(ID, records, values, records, values)).isEmpty();
    }

    @Test
    void aValueWorkedOutAgainIsAChangeThoughEqual() {
        List<Rec> before = recs("a", "b", "c");
        List<Rec> now = new ArrayList<>(before);
        now.set(1, new Rec(new String("b"))); // the edited record: another object with the same id
        List<String> values = new ArrayList<>(List.of(new String("x"), new String("y"), new String("z")));
        List<String> valuesNow = new ArrayList<>(values);
        valuesNow.set(1, new String("y"));
        assertThat(ChangedRecords.ids(ID, before, values, now, valuesNow)).containsExactly("b");
    }

    @Test
    void recordsGoneAndComeAreChangesAndTheOthersAreFoundByTheirIds() {
        List<Rec> before = recs("a", "b", "c", "d");
        List<Object> values = List.of(new Object(), new Object(), new Object(), new Object());
        // "b" gone, "e" come at the end: "c" and "d" shifted but unchanged
        List<Rec> now = List.of(before.get(0), before.get(2), before.get(3), new Rec("e"));
        List<Object> valuesNow = List.of(values.get(0), values.get(2), values.get(3), new Object());
        assertThat(ChangedRecords.ids(ID, before, values, now, valuesNow)).containsExactlyInAnyOrder("b", "e");
    }

    @Test
    void sameObjectsMeansTheVeryObjectsInOrderNotEqualOnes() {
        List<Rec> units = recs("a", "b");
        assertThat(ChangedRecords.sameObjects(units, new ArrayList<>(units))).isTrue();
        assertThat(ChangedRecords.sameObjects(units, recs("a", "b"))).as("equal records read again").isFalse();
        assertThat(ChangedRecords.sameObjects(units, List.of(units.get(1), units.get(0)))).isFalse();
        assertThat(ChangedRecords.sameObjects(units, units.subList(0, 1))).isFalse();
    }

    @Test
    void fewIsOneInSixteenAtMost() {
        assertThat(ChangedRecords.few(1, 16)).isTrue();
        assertThat(ChangedRecords.few(2, 16)).isFalse();
        assertThat(ChangedRecords.few(6250, 100_000)).isTrue();
        assertThat(ChangedRecords.few(6251, 100_000)).isFalse();
    }
}
