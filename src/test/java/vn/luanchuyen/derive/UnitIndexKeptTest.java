package vn.luanchuyen.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.model.Visibility;
import vn.luanchuyen.reuse.Memo;

/** The index of the units, kept between builds of one process while the loader gives the very same unit records. */
class UnitIndexKeptTest {
    private static final Origin HERE = Origin.at(SourcePos.file("data/units/tinh.yaml"));

    private static Unit unit(String id, UnitType type, String parent) {
        List<ParentLink> parents = parent == null ? List.of() : List.of(new ParentLink(parent, null, null, HERE));
        return new Unit(id, null, id, type, parents, null, null, List.of(), List.of(), Visibility.PUBLIC, HERE);
    }

    private final List<Unit> units = new ArrayList<>(List.of(unit("tinh", UnitType.TINH, null), unit("huyen", UnitType.HUYEN, "tinh"),
            unit("xa", UnitType.XA, "huyen")));

    @Test
    void theSameUnitRecordsGiveTheIndexMadeBefore() {
        Memo memo = Memo.keeping();
        UnitIndex first = UnitIndex.kept(memo, "units", units);
        assertThat(first.level("xa")).isEqualTo(2);
        assertThat(UnitIndex.kept(memo, "units", new ArrayList<>(units))).as("another list of the very same records").isSameAs(first);
    }

    @Test
    void aUnitRecordMadeAgainGivesANewIndexThatReadsIt() {
        Memo memo = Memo.keeping();
        UnitIndex first = UnitIndex.kept(memo, "units", units);
        assertThat(UnitIndex.kept(memo, "units", List.of(units.get(0), units.get(1), unit("xa", UnitType.XA, "huyen"))))
                .as("an equal record parsed again is another object").isNotSameAs(first);

        units.set(2, unit("xa", UnitType.XA, "tinh")); // the commune now sits right under the province
        UnitIndex moved = UnitIndex.kept(memo, "units", units);
        assertThat(moved.ancestors("xa")).containsExactly("tinh");
        assertThat(moved.within("xa", "huyen")).isFalse();
        assertThat(first.within("xa", "huyen")).as("the index made before is left as it was").isTrue();
        assertThat(UnitIndex.kept(memo, "units", units.subList(0, 2))).as("fewer units").isNotSameAs(moved);
    }

    @Test
    void aMemoThatKeepsNothingMakesTheIndexEachTime() {
        assertThat(UnitIndex.kept(Memo.none(), "units", units)).isNotSameAs(UnitIndex.kept(Memo.none(), "units", units));
    }
}
