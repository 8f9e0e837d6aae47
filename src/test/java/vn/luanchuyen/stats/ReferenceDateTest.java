package vn.luanchuyen.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * The reference date is the latest exact date the records speak of; a process that builds again
 * keeps each cadre's latest date (and heads' holdings) by its record, and gets what a fresh
 * derivation gives after an edit.
 */
class ReferenceDateTest {

    private static Derived.Kept keeping(RecordMemo<Cadre, List<vn.luanchuyen.derive.HeadHoldings.Holding>> heads,
                                        RecordMemo<Cadre, Optional<LocalDate>> latest) {
        return new Derived.Kept(RecordMemo.keeping(), RecordMemo.keeping(), null, null, heads, latest);
    }

    @Test
    void keptByRecordItFollowsAnEditAsAFreshDerivationDoes() throws IOException {
        try (TestProject project = TestProject.generated(45)) {
            Dataset before = Checked.of(project.root()).data();
            RecordMemo<Cadre, List<vn.luanchuyen.derive.HeadHoldings.Holding>> heads = RecordMemo.keeping();
            RecordMemo<Cadre, Optional<LocalDate>> latest = RecordMemo.keeping();
            Derived first = new Derived(before, keeping(heads, latest));
            assertThat(first.latestOfEachCadre()).isEqualTo(new Derived(before).latestOfEachCadre()).hasSize(before.cadres().size());
            assertThat(ReferenceDate.of(before, first.latestOfEachCadre())).isEqualTo(ReferenceDate.of(before))
                    .isBefore(LocalDate.of(2031, 5, 6));
            List<Optional<LocalDate>> kept = first.latestOfEachCadre();
            List<vn.luanchuyen.derive.HeadHoldings.Holding> overTwo = first.overTwoTerms();

            // one cadre is now seen in post on a later day than any record speaks of; an approximate later day does not count
            List<Cadre> cadres = new ArrayList<>(before.cadres());
            int edited = cadres.size() / 2;
            cadres.set(edited, withLastHeldOn(cadres.get(edited), PartialDate.of(LocalDate.of(2031, 5, 6))));
            int vague = cadres.size() / 3;
            cadres.set(vague, withLastHeldOn(cadres.get(vague), new PartialDate(2040, 0, 0, true)));
            Dataset after = new Dataset(before.sources(), before.units(), cadres, before.programmes(), before.figures(),
                    before.achievements(), before.trainings(), before.evaluations());
            Derived updated = new Derived(after, keeping(heads, latest));
            Derived fresh = new Derived(after);

            assertThat(updated.latestOfEachCadre()).isEqualTo(fresh.latestOfEachCadre()).isNotEqualTo(kept);
            assertThat(updated.latestOfEachCadre().get(edited)).contains(LocalDate.of(2031, 5, 6));
            assertThat(ReferenceDate.of(after, updated.latestOfEachCadre())).isEqualTo(ReferenceDate.of(after))
                    .isEqualTo(LocalDate.of(2031, 5, 6));
            for (int i = 0; i < cadres.size(); i++) {
                if (i != edited && i != vague) assertThat(updated.latestOfEachCadre().get(i)).as("cadre %d", i).isSameAs(kept.get(i));
            }
            assertThat(updated.overTwoTerms()).isEqualTo(fresh.overTwoTerms()).isEqualTo(overTwo);
        }
    }

    private static Cadre withLastHeldOn(Cadre c, PartialDate heldOn) {
        List<Tenure> tenures = new ArrayList<>(c.tenures());
        Tenure t = tenures.get(tenures.size() - 1);
        tenures.set(tenures.size() - 1, new Tenure(t.unit(), t.post(), t.body(), t.department(), t.from(), t.to(), heldOn, t.began(),
                t.decision(), t.note(), t.sources(), t.visibility(), t.origin()));
        return new Cadre(c.id(), c.name(), c.gender(), c.hometown(), c.birthYear(), tenures, c.actionProgrammes(), c.sources(),
                c.visibility(), c.origin());
    }
}
