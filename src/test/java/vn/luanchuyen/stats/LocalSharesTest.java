package vn.luanchuyen.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.PostHolders;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;

/**
 * Local shares a process updates from its last build's after a few cadres changed, went or came
 * are those worked out afresh: every unit's tally, and every commune's holders in the same order.
 */
class LocalSharesTest {
    private static final List<PostKind> POSTS = List.of(PostKind.BI_THU, PostKind.CHU_TICH_UBND);

    @Test
    void updatedFromTheLastBuildTheyAreTheFreshShares() throws IOException {
        try (TestProject project = TestProject.generated(45)) {
            Dataset before = Checked.of(project.root()).data();
            LocalDate asOf = ReferenceDate.of(before);
            List<LocalDate> dates = List.of(asOf, asOf.minusYears(4), asOf.minusYears(9));
            LocalShares first = new LocalShares(before.units(), before.cadres(), new UnitIndex(before.units()));
            List<LocalShares.Tally> tallies = tallies(first, before, dates); // asked before, as pages do

            List<Cadre> cadres = new ArrayList<>(before.cadres());
            // the secretary of a commune on the reference date now comes from that very commune: local there
            Unit commune = before.units().stream().filter(u -> u.type() != null && u.type().isGrassroots()).skip(7).findFirst().orElseThrow();
            PostHolders holders = PostHolders.plausibly(before.cadres());
            Cadre secretary = holders.on(commune.id(), PostKind.BI_THU, asOf).get(0);
            cadres.set(cadres.indexOf(secretary), withHometown(secretary, commune.id()));
            // another cadre's last post moved to another commune: two communes' holders change
            int moved = cadres.size() / 3;
            while (cadres.get(moved).tenures().size() < 2) moved++;
            cadres.set(moved, withLastTenureIn(cadres.get(moved), commune.id()));
            // one cadre goes, and one comes with another's career
            cadres.remove(cadres.size() / 2);
            Cadre copied = cadres.get(cadres.size() / 4);
            cadres.add(new Cadre("cb-moi", copied.name(), copied.gender(), copied.hometown(), copied.birthYear(), copied.tenures(),
                    copied.actionProgrammes(), copied.sources(), copied.visibility(), copied.origin()));
            Dataset after = new Dataset(before.sources(), before.units(), cadres, before.programmes(), before.figures(),
                    before.achievements(), before.trainings(), before.evaluations());

            UnitIndex units = new UnitIndex(after.units());
            LocalShares updated = new LocalShares(after.units(), after.cadres(), units, first);
            LocalShares fresh = new LocalShares(after.units(), after.cadres(), units);
            List<LocalShares.Tally> expected = tallies(fresh, after, dates);
            assertThat(tallies(updated, after, dates)).isEqualTo(expected).isNotEqualTo(tallies);

            PostHolders carried = holders.after(after.cadres());
            PostHolders afresh = PostHolders.plausibly(after.cadres());
            assertThat(carried.changedUnits()).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                    .contains(commune.id());
            for (Unit u : after.units()) {
                for (PostKind post : PostKind.values()) {
                    for (LocalDate on : dates) assertThat(carried.on(u.id(), post, on)).as("%s %s %s", u.id(), post, on)
                            .isEqualTo(afresh.on(u.id(), post, on));
                }
            }
        }
    }

    private static List<LocalShares.Tally> tallies(LocalShares shares, Dataset data, List<LocalDate> dates) {
        List<LocalShares.Tally> out = new ArrayList<>();
        for (Unit u : data.units()) {
            for (PostKind post : POSTS) {
                for (LocalDate on : dates) out.add(shares.of(u.id(), post, on));
            }
        }
        return out;
    }

    private static Cadre withHometown(Cadre c, String hometown) {
        return new Cadre(c.id(), c.name(), c.gender(), hometown, c.birthYear(), c.tenures(), c.actionProgrammes(), c.sources(),
                c.visibility(), c.origin());
    }

    private static Cadre withLastTenureIn(Cadre c, String unit) {
        List<Tenure> tenures = new ArrayList<>(c.tenures());
        Tenure t = tenures.get(tenures.size() - 1);
        tenures.set(tenures.size() - 1, new Tenure(unit, t.post(), t.body(), t.department(), t.from(), t.to(), t.heldOn(), t.began(),
                t.decision(), t.note(), t.sources(), t.visibility(), t.origin()));
        return new Cadre(c.id(), c.name(), c.gender(), c.hometown(), c.birthYear(), tenures, c.actionProgrammes(), c.sources(),
                c.visibility(), c.origin());
    }
}
