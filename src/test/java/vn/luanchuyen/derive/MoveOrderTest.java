package vn.luanchuyen.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.reuse.RecordMemo;

/**
 * The order of the moves a process works out from its last build's, after a few cadres changed,
 * went or came, is the order a fresh derivation gives, newest first and in every scope; scopes the
 * changes do not touch keep their very lists.
 */
class MoveOrderTest {

    @Test
    void updatedFromTheLastBuildItIsTheFreshOrder() throws IOException {
        try (TestProject project = TestProject.generated(45)) {
            Dataset before = Checked.of(project.root()).data();
            RecordMemo<Cadre, List<Move>> moves = RecordMemo.keeping();
            RecordMemo<Cadre, List<String>> scopes = RecordMemo.keeping();
            Derived first = new Derived(before, new Derived.Kept(moves, scopes, null, null));

            List<Cadre> cadres = new ArrayList<>(before.cadres());
            // four cadres with moves, far apart in the data, so that each change reaches scopes of its own
            List<Integer> moving = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                int i = k * cadres.size() / 4;
                while (cadres.get(i).tenures().size() < 2) i++;
                moving.add(i);
            }
            assertThat(cadres.get(moving.get(3)).tenures()).noneMatch(t -> cadres.get(moving.get(0)).tenures().stream()
                    .anyMatch(o -> o.unit().equals(t.unit())));
            // one cadre's last post began two years earlier: the moves it makes come earlier in every list
            cadres.set(moving.get(0), withLastTenure(cadres.get(moving.get(0)), t -> retimed(t, t.from().year() - 2)));
            // another's last post moved to the commune of a third cadre: the scopes of both communes change
            String elsewhere = cadres.get(moving.get(2)).tenures().get(0).unit();
            cadres.set(moving.get(1), withLastTenure(cadres.get(moving.get(1)), t -> moved(t, elsewhere)));
            // a cadre goes, and a new one comes with the same career as another
            Cadre gone = cadres.remove((int) moving.get(3));
            Cadre copied = cadres.get(moving.get(2));
            cadres.add(new Cadre("cb-moi", copied.name(), copied.gender(), copied.hometown(), copied.birthYear(), copied.tenures(),
                    copied.actionProgrammes(), copied.sources(), copied.visibility(), copied.origin()));
            Dataset after = new Dataset(before.sources(), before.units(), cadres, before.programmes(), before.figures(),
                    before.achievements(), before.trainings(), before.evaluations());

            Derived updated = new Derived(after, new Derived.Kept(moves, scopes, null, first.order()));
            Derived fresh = new Derived(after);

            assertThat(updated.newestFirst()).isNotEqualTo(first.newestFirst()).isEqualTo(fresh.newestFirst());
            int same = 0;
            int touched = 0;
            for (Unit u : after.units()) {
                List<Move> in = updated.byScope().in(u.id());
                assertThat(in).as(u.id()).isEqualTo(fresh.byScope().in(u.id()));
                if (in == first.byScope().in(u.id())) same++;
                else touched++;
            }
            // the scopes the changes did not reach keep their very lists, the others were made anew
            assertThat(same).isPositive();
            assertThat(touched).isPositive();
            assertThat(updated.byScope().in(gone.tenures().get(0).unit())).noneMatch(m -> m.cadre().equals(gone.id()));
            assertThat(updated.newestFirst()).anyMatch(m -> m.cadre().equals("cb-moi"));
        }
    }

    @Test
    void everyCadreWorkedOutAgainItIsStillTheSameOrder() throws IOException {
        try (TestProject project = TestProject.generated(15)) {
            Dataset before = Checked.of(project.root()).data();
            RecordMemo<Cadre, List<Move>> moves = RecordMemo.keeping();
            Derived first = new Derived(before, new Derived.Kept(moves, RecordMemo.keeping(), null, null));
            // every cadre's moves made again (no memo): far more than a few changed
            Derived again = new Derived(before, new Derived.Kept(RecordMemo.none(), RecordMemo.none(), null, first.order()));
            assertThat(again.newestFirst()).isEqualTo(first.newestFirst());
            assertThat(again.byScope().in(before.units().get(0).id())).isEqualTo(first.byScope().in(before.units().get(0).id()))
                    .isNotSameAs(first.byScope().in(before.units().get(0).id()));
        }
    }

    private static Cadre withLastTenure(Cadre c, java.util.function.UnaryOperator<Tenure> change) {
        List<Tenure> tenures = new ArrayList<>(c.tenures());
        tenures.set(tenures.size() - 1, change.apply(tenures.get(tenures.size() - 1)));
        return new Cadre(c.id(), c.name(), c.gender(), c.hometown(), c.birthYear(), tenures, c.actionProgrammes(), c.sources(),
                c.visibility(), c.origin());
    }

    private static Tenure retimed(Tenure t, int year) {
        return new Tenure(t.unit(), t.post(), t.body(), t.department(), PartialDate.ofYear(year), t.to(), t.heldOn(), t.began(),
                t.decision(), t.note(), t.sources(), t.visibility(), t.origin());
    }

    private static Tenure moved(Tenure t, String unit) {
        return new Tenure(unit, t.post(), t.body(), t.department(), t.from(), t.to(), t.heldOn(), t.began(), t.decision(), t.note(),
                t.sources(), t.visibility(), t.origin());
    }
}
