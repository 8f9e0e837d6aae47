package vn.luanchuyen.reuse;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The key of a list of items, in order, from each item's 16-byte key: the items' keys hashed as
 * bytes. A list of several items is worked out once and remembered by the list itself, since
 * several outputs share it (a unit's page, its results and its terms take the same cadres within
 * it; a listing's pages its moves); a single item's list is keyed by the item's own key.
 * Thread-safe.
 */
public final class ListKeys<T> {
    private final Function<T, byte[]> each;
    /** An item's hash, kept for each list of several items; null: items are never asked about one by one. */
    private final java.util.function.ToIntFunction<T> itemHash;
    private final Map<Same<T>, Known> known = new ConcurrentHashMap<>();
    /** A digest per thread, used again for every list (a fresh one costs more than most lists' hashing). */
    private final ThreadLocal<Fingerprint> digests = ThreadLocal.withInitial(Fingerprint::new);
    /**
     * Another build's lists and their keys, by length and first and last item, to find the key of a
     * new list of the very same items ({@link #takeSameItems}); set before the keys are shared.
     */
    private Map<Probe, List<Map.Entry<Same<T>, Known>>> earlier = Map.of();
    /** The items whose keys are not as they were in that build. */
    private java.util.Set<T> changed = java.util.Set.of();
    /** The hashes of {@link #changed}, sorted. */
    private int[] changedHashes = new int[0];

    /**
     * A list's key and its items' hashes, in order (null when not kept): whether a list holds one
     * of a few changed items is then a scan of numbers, not a visit to each of its objects.
     */
    private record Known(String key, int[] hashes) {
    }

    /** A list as a key by its identity, not its items. */
    private record Same<T>(List<T> list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same<?> s && s.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    /** A list's length and its first and last items, by identity: where to look for an earlier list of the same items. */
    private record Probe(int size, Object first, Object last) {
        static Probe of(List<?> list) {
            return new Probe(list.size(), list.get(0), list.get(list.size() - 1));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Probe p && p.size == size && p.first == first && p.last == last;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * size + System.identityHashCode(first)) + System.identityHashCode(last);
        }
    }

    /** @param each the 16-byte key of an item ({@link Fingerprint#bytes()}) */
    public ListKeys(Function<T, byte[]> each) {
        this(each, null);
    }

    /** @param itemHash the items' own hash ({@link Object#hashCode()}), for lists whose items may change ({@link #takeSameItems}) */
    ListKeys(Function<T, byte[]> each, java.util.function.ToIntFunction<T> itemHash) {
        this.each = each;
        this.itemHash = itemHash;
    }

    /**
     * Keys that also take the key {@code previous} worked out for a list holding the very same
     * objects in the same order (a listing's moves: each build makes the lists anew from mostly
     * the same moves). Only where an item's key depends on nothing but the item itself.
     */
    public static <T> ListKeys<T> sameItemsAs(ListKeys<T> previous, Function<T, byte[]> each) {
        ListKeys<T> keys = new ListKeys<>(each);
        keys.takeSameItems(previous, java.util.Set.of());
        return keys;
    }

    /**
     * From now on, a list holding the very same objects in the same order as a list {@code previous}
     * worked out, none of them {@code changed} since (equal to one of them), takes that list's key:
     * the items are compared by identity instead of their keys being looked up and hashed again.
     * Call before the keys are shared between threads.
     */
    void takeSameItems(ListKeys<T> previous, java.util.Set<T> changed) {
        Map<Probe, List<Map.Entry<Same<T>, Known>>> byProbe = new java.util.HashMap<>();
        previous.known.entrySet().forEach(e -> byProbe.computeIfAbsent(Probe.of(e.getKey().list()), n -> new java.util.ArrayList<>(1)).add(e));
        this.earlier = byProbe;
        this.changed = changed;
        if (itemHash != null) this.changedHashes = changed.stream().mapToInt(itemHash).sorted().toArray();
    }

    /** The list's key; empty for an empty list, the item's own key in hex for a single item. */
    public String of(List<T> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return HexFormat.of().formatHex(each.apply(items.get(0)));
        Known remembered = known.get(new Same<>(items));
        if (remembered != null) return remembered.key();
        Known same = sameItems(items);
        if (same != null) {
            known.put(new Same<>(items), same);
            return same.key();
        }
        byte[] keys = new byte[items.size() * 16];
        int[] hashes = itemHash == null ? null : new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            System.arraycopy(each.apply(item), 0, keys, i * 16, 16);
            if (hashes != null) hashes[i] = itemHash.applyAsInt(item);
        }
        String key = digests.get().add(keys).hex();
        known.put(new Same<>(items), new Known(key, hashes));
        return key;
    }

    /** An earlier list of the same objects in the same order, none of them changed, or null. */
    private Known sameItems(List<T> items) {
        List<Map.Entry<Same<T>, Known>> candidates = earlier.get(Probe.of(items));
        if (candidates == null) return null;
        for (Map.Entry<Same<T>, Known> c : candidates) {
            List<T> list = c.getKey().list();
            // the very list (the cadres within a unit nobody left or joined), or one of the same objects
            if (ChangedRecords.sameObjects(list, items) && noneChanged(items, c.getValue().hashes())) return c.getValue();
        }
        return null;
    }

    /**
     * Whether none of the items is one of {@link #changed}: each item's hash, kept with the list,
     * looked up among the changed ones' (one lookup per item however many changed), and only an
     * item whose hash is among them looked at itself.
     */
    private boolean noneChanged(List<T> items, int[] hashes) {
        if (changed.isEmpty()) return true;
        for (int i = 0; i < items.size(); i++) {
            boolean maybe = hashes == null || java.util.Arrays.binarySearch(changedHashes, hashes[i]) >= 0;
            if (maybe && changed.contains(items.get(i))) return false;
        }
        return true;
    }
}
