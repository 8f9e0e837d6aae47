package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Results kept by the record itself: the same object under the same context is not worked out again. */
class RecordMemoTest {
    /** A record with equal twins: the memo must tell them apart. */
    private record Item(String name) {
    }

    private final AtomicInteger calls = new AtomicInteger();
    private final Function<Item, String> upper = i -> {
        calls.incrementAndGet();
        return i.name().toUpperCase();
    };

    @Test
    void onlyRecordsNotSeenInTheLastCallAreWorkedOutAgain() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        Item a = new Item("a");
        Item b = new Item("b");
        assertThat(memo.map(List.of(a, b), List.of(), upper)).containsExactly("A", "B");
        assertThat(calls).hasValue(2);

        Item edited = new Item("b2");
        assertThat(memo.map(List.of(a, edited), List.of(), upper)).containsExactly("A", "B2");
        assertThat(calls).as("only the new record").hasValue(3);
    }

    @Test
    void anEqualButOtherRecordIsWorkedOutAgain() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        memo.map(List.of(new Item("a")), List.of(), upper);
        memo.map(List.of(new Item("a")), List.of(), upper);
        assertThat(calls).as("a record parsed again is a new object, even with the same content").hasValue(2);
    }

    @Test
    void anotherContextWorksEverythingOutAgain() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        Item a = new Item("a");
        List<Object> units = new ArrayList<>(List.of(new Object(), new Object()));
        memo.map(List.of(a), List.of(units), upper);
        memo.map(List.of(a), List.of(new ArrayList<>(units)), upper);
        assertThat(calls).as("a list of the same objects is the same context").hasValue(1);

        units.set(1, new Object());
        memo.map(List.of(a), List.of(units), upper);
        assertThat(calls).as("one object of the context changed").hasValue(2);
        memo.map(List.of(a), List.of(units, "more"), upper);
        assertThat(calls).as("a context of another length").hasValue(3);
    }

    @Test
    void underAnotherContextAValueIsKeptWhileItStillHolds() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        Item a = new Item("a");
        Item b = new Item("b");
        AtomicInteger asked = new AtomicInteger();
        java.util.function.BiPredicate<Item, String> onlyA = (item, kept) -> {
            asked.incrementAndGet();
            return item == a;
        };
        Object first = new Object();
        Object second = new Object();
        assertThat(memo.map(List.of(a, b), List.of(first), upper, onlyA)).containsExactly("A", "B");
        assertThat(calls).hasValue(2);
        assertThat(asked).as("nothing kept yet to ask about").hasValue(0);
        assertThat(memo.map(List.of(a, b), List.of(second), upper, onlyA)).containsExactly("A", "B");
        assertThat(calls).as("b's value no longer holds, a's does").hasValue(3);
        assertThat(asked).hasValue(2);
        assertThat(memo.map(List.of(a, b), List.of(second), upper, onlyA)).containsExactly("A", "B");
        assertThat(calls).as("the same context: both kept").hasValue(3);
        assertThat(asked).as("and nothing asked").hasValue(2);
        assertThat(memo.map(List.of(a, b), List.of(first), upper)).containsExactly("A", "B");
        assertThat(calls).as("another context with nothing to ask: everything again").hasValue(5);
    }

    @Test
    void onlyTheLastCallsRecordsAreKept() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        Item a = new Item("a");
        Item b = new Item("b");
        memo.map(List.of(a), List.of(), upper);
        memo.map(List.of(b), List.of(), upper);
        memo.map(List.of(a), List.of(), upper);
        assertThat(calls).as("a was dropped when the second call did not have it").hasValue(3);
    }

    @Test
    void aFewRecordsReplacedAmongManyKeepTheOthersAndDropTheReplaced() {
        RecordMemo<Item, String> memo = RecordMemo.keeping();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 64; i++) items.add(new Item("r" + i));
        memo.map(items, List.of(), upper);
        calls.set(0);

        Item old = items.get(10);
        items.set(10, new Item("r10, sửa"));
        assertThat(memo.map(items, List.of(), upper).get(10)).isEqualTo("R10, SỬA");
        assertThat(calls).as("the replaced record only").hasValue(1);
        assertThat(memo.map(items, List.of(), upper)).hasSize(64);
        assertThat(calls).as("the new record is kept too").hasValue(1);

        // two records swap places and one more is replaced: still only the new one worked out
        Item swapped = items.get(3);
        items.set(3, items.get(40));
        items.set(40, swapped);
        items.set(20, new Item("r20, sửa"));
        memo.map(items, List.of(), upper);
        assertThat(calls).hasValue(2);
        memo.map(items, List.of(), upper);
        assertThat(calls).hasValue(2);

        // the records replaced earlier were dropped: given again, they are worked out again
        List<Item> withOld = new ArrayList<>(items);
        withOld.set(10, old);
        memo.map(withOld, List.of(), upper);
        assertThat(calls).as("a record the memo dropped").hasValue(3);
    }

    @Test
    void aMemoThatDoesNotKeepWorksOutEveryRecordEveryTime() {
        RecordMemo<Item, String> memo = RecordMemo.in(Memo.none(), "items");
        Item a = new Item("a");
        memo.map(List.of(a), List.of(), upper);
        memo.map(List.of(a), List.of(), upper);
        assertThat(calls).hasValue(2);

        Memo keeping = Memo.keeping();
        RecordMemo<Item, String> kept = RecordMemo.in(keeping, "items");
        assertThat(RecordMemo.<Item, String>in(keeping, "items")).as("the same memo for the same name").isSameAs(kept);
        kept.map(List.of(a), List.of(), upper);
        RecordMemo.<Item, String>in(keeping, "items").map(List.of(a), List.of(), upper);
        assertThat(calls).hasValue(3);
    }
}
