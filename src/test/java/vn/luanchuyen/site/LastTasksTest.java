package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.history.History;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.reuse.DataKeys;
import vn.luanchuyen.reuse.Memo;
import vn.luanchuyen.reuse.RecordMemo;
import vn.luanchuyen.view.PageTask;

/**
 * A page task of a rebuild takes the last build's key and pages only when nothing its key is
 * made of can differ: the same shared key, a task of the same name, the very same cadres and
 * moves in the same order, none of those cadres keyed again since, and for a task of no cadre,
 * the same last commit. On the records of a generated dataset of three communes.
 */
class LastTasksTest {
    private static final String SHARED = "shared key";
    private TestProject project;
    private Dataset data;
    private SortedMap<String, String> files;
    private final Memo memo = Memo.keeping();
    private final History history = History.none("");
    private List<Move> moves;

    @BeforeEach
    void load() throws IOException {
        project = TestProject.generated(3);
        Checked checked = project.check();
        data = checked.data();
        files = checked.files();
        moves = new Derived(data).moves();
    }

    @AfterEach
    void remove() throws IOException {
        project.close();
    }

    /** The keys of the cadres' records, each kept from the last keys made here while its record is the same object. */
    private DataKeys keys(Dataset d) {
        return new DataKeys(d, files, history, RecordMemo.in(memo, "key of each cadre"));
    }

    private List<String> ids(int from, int to) {
        return data.cadres().subList(from, to).stream().map(Cadre::id).toList();
    }

    private static LastTasks.Outcome outcome(String task, List<String> cadres, List<Move> order) {
        return LastTasks.Outcome.of(new PageTask.Inputs(task, cadres, order), "key of " + task, List.of(task + ".html"), List.of());
    }

    @Test
    void aTaskReadingTheVerySameUnchangedListsTakesTheLastOutcome() {
        DataKeys before = keys(data);
        List<String> cadres = ids(0, 5);
        LastTasks.Outcome unit = outcome("unit a", cadres, List.of());
        LastTasks.Outcome listing = outcome("listing 1", ids(2, 4), moves.subList(0, 3));
        LastTasks last = new LastTasks(SHARED, Optional.of("c1"), before, new LastTasks.Outcome[]{unit, null, listing});
        LastTasks.Taking taking = last.takenBy(SHARED, Optional.of("c1"), keys(data)).orElseThrow();

        assertThat(taking.same(0, new PageTask.Inputs("unit a", cadres))).isSameAs(unit);
        // lists made anew of the very same objects are the same lists
        assertThat(taking.same(2, new PageTask.Inputs("listing 1", new ArrayList<>(ids(2, 4)), new ArrayList<>(moves.subList(0, 3)))))
                .isSameAs(listing);
        assertThat(taking.same(2, new PageTask.Inputs("listing 1", ids(2, 4), moves.subList(1, 4)))).as("other moves").isNull();
        assertThat(taking.same(2, new PageTask.Inputs("listing 1", ids(2, 4), List.of(moves.get(1), moves.get(0), moves.get(2)))))
                .as("the same moves in another order").isNull();
        assertThat(taking.same(0, new PageTask.Inputs("unit a", ids(0, 4)))).as("a cadre fewer").isNull();
        List<String> equalText = new ArrayList<>(cadres);
        equalText.set(1, new String(cadres.get(1)));
        assertThat(taking.same(0, new PageTask.Inputs("unit a", equalText))).as("an id read again (another record)").isNull();
        assertThat(taking.same(1, new PageTask.Inputs("unit b", cadres))).as("a task the last build did not have").isNull();
    }

    @Test
    void aTaskNamingACadreKeyedAgainIsMade() {
        DataKeys before = keys(data);
        LastTasks.Outcome withIt = outcome("unit a", ids(0, 5), List.of());
        LastTasks.Outcome without = outcome("unit b", ids(5, 8), List.of());
        LastTasks last = new LastTasks(SHARED, Optional.empty(), before, new LastTasks.Outcome[]{withIt, without});
        LastTasks.Taking taking = last.takenBy(SHARED, Optional.empty(), keys(withCadreReadAgainIn(data, 3))).orElseThrow();

        assertThat(taking.same(0, new PageTask.Inputs("unit a", ids(0, 5)))).isNull();
        assertThat(taking.same(1, new PageTask.Inputs("unit b", ids(5, 8)))).isSameAs(without);
    }

    @Test
    void aTaskNotWhereItWasIsFoundByItsName() {
        LastTasks.Outcome a = outcome("unit a", ids(0, 2), List.of());
        LastTasks.Outcome b = outcome("unit b", ids(2, 4), List.of());
        LastTasks last = new LastTasks(SHARED, Optional.empty(), keys(data), new LastTasks.Outcome[]{a, b});
        LastTasks.Taking taking = last.takenBy(SHARED, Optional.empty(), keys(data)).orElseThrow();

        // a task was added before both
        assertThat(taking.same(1, new PageTask.Inputs("unit a", ids(0, 2)))).isSameAs(a);
        assertThat(taking.same(2, new PageTask.Inputs("unit b", ids(2, 4)))).isSameAs(b);
    }

    @Test
    void anotherSharedKeyTakesNothingAndAnotherCommitNoTaskOfNoCadre() {
        LastTasks.Outcome empty = outcome("listing of nobody", List.of(), List.of());
        LastTasks.Outcome unit = outcome("unit a", ids(0, 2), List.of());
        LastTasks last = new LastTasks(SHARED, Optional.of("c1"), keys(data), new LastTasks.Outcome[]{empty, unit});

        assertThat(last.takenBy("another shared key", Optional.of("c1"), keys(data))).isEmpty();
        LastTasks.Taking sameHead = last.takenBy(SHARED, Optional.of("c1"), keys(data)).orElseThrow();
        assertThat(sameHead.same(0, new PageTask.Inputs("listing of nobody", List.of()))).isSameAs(empty);
        LastTasks.Taking otherHead = last.takenBy(SHARED, Optional.of("c2"), keys(data)).orElseThrow();
        assertThat(otherHead.same(0, new PageTask.Inputs("listing of nobody", List.of()))).as("dated by the last commit").isNull();
        assertThat(otherHead.same(1, new PageTask.Inputs("unit a", ids(0, 2)))).as("dated by its cadres' files").isSameAs(unit);
    }

    @Test
    void withManyCadresKeyedAgainNothingIsTaken() {
        LastTasks last = new LastTasks(SHARED, Optional.empty(), keys(data), new LastTasks.Outcome[]{outcome("unit a", ids(0, 2), List.of())});
        Dataset all = data;
        for (int i = 0; i < data.cadres().size() / 8; i++) all = withCadreReadAgainIn(all, i);
        assertThat(last.takenBy(SHARED, Optional.empty(), keys(all))).isEmpty();
    }

    /** The data with the cadre at {@code index} read again: an equal record, but another object. */
    private static Dataset withCadreReadAgainIn(Dataset d, int index) {
        List<Cadre> cadres = new ArrayList<>(d.cadres());
        Cadre c = cadres.get(index);
        cadres.set(index, new Cadre(c.id(), c.name(), c.gender(), c.hometown(), c.birthYear(), c.tenures(), c.actionProgrammes(), c.sources(),
                c.visibility(), c.origin()));
        return new Dataset(d.sources(), d.units(), cadres, d.programmes(), d.figures(), d.achievements(), d.trainings(), d.evaluations());
    }
}
