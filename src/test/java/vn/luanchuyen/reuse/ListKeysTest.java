package vn.luanchuyen.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A list's key from its items' keys, and the key of a new list of the very same items taken from the build before. */
class ListKeysTest {

    /** An item whose key is its text alone; two items of the same text are still two objects. */
    private record Item(String text) {
    }

    private final AtomicInteger hashed = new AtomicInteger();
    private final Function<Item, byte[]> each = item -> {
        hashed.incrementAndGet();
        return new Fingerprint().add(item.text()).bytes();
    };

    private static List<Item> items(String... texts) {
        List<Item> out = new ArrayList<>();
        for (String t : texts) out.add(new Item(t));
        return out;
    }

    /** A listing keyed in one build, and the keys of the next build, which may take that key. */
    private record NextBuild(List<Item> listing, String key, ListKeys<Item> now) {
    }

    private NextBuild keyedThenNextBuild(String... texts) {
        List<Item> listing = items(texts);
        ListKeys<Item> before = new ListKeys<>(each);
        String key = before.of(listing);
        return new NextBuild(listing, key, ListKeys.sameItemsAs(before, each));
    }

    @Test
    void aNewListOfTheSameObjectsInTheSameOrderTakesTheEarlierKeyWithoutHashing() {
        NextBuild b = keyedThenNextBuild("a", "b", "c", "d");
        hashed.set(0);
        assertThat(b.now().of(new ArrayList<>(b.listing()))).isEqualTo(b.key());
        assertThat(hashed).as("items hashed again").hasValue(0);
    }

    @Test
    void aListWithOneObjectReplacedOrTheOrderChangedIsWorkedOutAgain() {
        NextBuild b = keyedThenNextBuild("a", "b", "c", "d");
        List<Item> listing = b.listing();
        String key = b.key();
        ListKeys<Item> now = b.now();

        // an item in the middle edited: another object with other content
        List<Item> edited = new ArrayList<>(listing);
        edited.set(2, new Item("c, sửa"));
        hashed.set(0);
        String editedKey = now.of(edited);
        assertThat(hashed).hasValue(4);
        assertThat(editedKey).isNotEqualTo(key).isEqualTo(new ListKeys<>(each).of(edited));

        // the same objects in another order
        List<Item> reordered = List.of(listing.get(0), listing.get(2), listing.get(1), listing.get(3));
        assertThat(now.of(reordered)).isNotEqualTo(key).isEqualTo(new ListKeys<>(each).of(reordered));

        // another object of the same content gives the same key, worked out again
        List<Item> sameContent = new ArrayList<>(listing);
        sameContent.set(1, new Item("b"));
        hashed.set(0);
        assertThat(now.of(sameContent)).isEqualTo(key);
        assertThat(hashed).hasValue(4);
    }

    @Test
    void keysAreCarriedOnlyFromTheBuildJustBefore() {
        List<Item> first = items("a", "b");
        ListKeys<Item> one = new ListKeys<>(each);
        one.of(first);
        ListKeys<Item> two = ListKeys.sameItemsAs(one, each);
        List<Item> second = items("x", "y");
        String key = two.of(second);
        ListKeys<Item> three = ListKeys.sameItemsAs(two, each);
        hashed.set(0);
        assertThat(three.of(new ArrayList<>(second))).isEqualTo(key);
        assertThat(hashed).hasValue(0);
        hashed.set(0);
        three.of(new ArrayList<>(first)); // not asked for in the build before: hashed again
        assertThat(hashed).hasValue(2);
    }

    @Test
    void anItemWhoseKeyChangedSinceMakesItsListsWorkedOutAgain() {
        // with the items' hashes kept, with every hash the same (so equality decides), and without hashes
        List<java.util.function.ToIntFunction<Item>> hashes = java.util.Arrays.asList(Item::hashCode, item -> 0, null);
        for (java.util.function.ToIntFunction<Item> hash : hashes) {
            List<Item> listing = items("a", "b", "c");
            ListKeys<Item> before = new ListKeys<>(each, hash);
            before.of(listing);
            Item changed = new Item("b"); // equal to the listed one, as an id read again is another string of the same text
            ListKeys<Item> now = new ListKeys<>(each, hash);
            now.takeSameItems(before, java.util.Set.of(changed));
            hashed.set(0);
            now.of(new ArrayList<>(listing));
            assertThat(hashed).as("the list of an item whose key changed").hasValue(3);

            List<Item> other = items("x", "y");
            ListKeys<Item> earlier = new ListKeys<>(each, hash);
            String key = earlier.of(other);
            ListKeys<Item> later = new ListKeys<>(each, hash);
            later.takeSameItems(earlier, java.util.Set.of(changed));
            hashed.set(0);
            assertThat(later.of(new ArrayList<>(other))).isEqualTo(key);
            assertThat(hashed).as("a list without it").hasValue(0);
            // a later build, with nothing changed since, takes the key of the list taken over
            ListKeys<Item> third = new ListKeys<>(each, hash);
            third.takeSameItems(later, java.util.Set.of(new Item("b")));
            assertThat(third.of(new ArrayList<>(other))).isEqualTo(key);
            assertThat(hashed).hasValue(0);
        }
    }

    @Test
    void amongManyChangedItemsOnlyTheListsHoldingOneAreWorkedOutAgain() {
        List<Item> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) all.add(new Item("cb-" + i));
        List<Item> holding = new ArrayList<>(all.subList(0, 200));
        List<Item> without = new ArrayList<>(all.subList(200, 400));
        ListKeys<Item> before = new ListKeys<>(each, Item::hashCode);
        String holdingKey = before.of(holding);
        String withoutKey = before.of(without);
        java.util.Set<Item> changed = new java.util.HashSet<>();
        for (int i = 0; i < 200; i += 3) changed.add(new Item("cb-" + i)); // 67 of the first half, equal but other objects
        ListKeys<Item> now = new ListKeys<>(each, Item::hashCode);
        now.takeSameItems(before, changed);
        hashed.set(0);
        assertThat(now.of(new ArrayList<>(without))).isEqualTo(withoutKey);
        assertThat(hashed).as("a list holding none of them").hasValue(0);
        assertThat(now.of(new ArrayList<>(holding))).isEqualTo(holdingKey);
        assertThat(hashed).as("a list holding some: hashed again").hasValue(200);
    }
}
