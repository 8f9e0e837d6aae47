package vn.luanchuyen.reuse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The key of a list of items, in order, from each item's 16-byte key: the items' keys hashed as
 * bytes. A list of several items is worked out once and remembered by the list itself, since
 * several outputs share it (a unit's page, its results and its terms take the same cadres within
 * it; a listing's pages its moves); a single item is cheaper to hash again than to look up.
 * Thread-safe.
 */
public final class ListKeys<T> {
    private static final int SHORT = 1;
    private final Function<T, byte[]> each;
    private final Map<Same<T>, String> known = new ConcurrentHashMap<>();
    /** Another build's lists and their keys by size, to find the key of a new list of the very same items ({@link #sameItemsAs}). */
    private final Map<Integer, List<Map.Entry<Same<T>, String>>> earlier;

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

    /** @param each the 16-byte key of an item ({@link Fingerprint#bytes()}) */
    public ListKeys(Function<T, byte[]> each) {
        this(each, Map.of());
    }

    private ListKeys(Function<T, byte[]> each, Map<Integer, List<Map.Entry<Same<T>, String>>> earlier) {
        this.each = each;
        this.earlier = earlier;
    }

    /**
     * Keys that also take the key {@code previous} worked out for a list holding the very same
     * objects in the same order, found by comparing the items by identity instead of hashing their
     * keys again (a listing's moves: each build makes the lists anew from mostly the same moves).
     * Only where an item's key depends on nothing but the item itself.
     */
    public static <T> ListKeys<T> sameItemsAs(ListKeys<T> previous, Function<T, byte[]> each) {
        Map<Integer, List<Map.Entry<Same<T>, String>>> bySize = new java.util.HashMap<>();
        previous.known.entrySet().forEach(e -> bySize.computeIfAbsent(e.getKey().list().size(), n -> new java.util.ArrayList<>()).add(e));
        return new ListKeys<>(each, bySize);
    }

    /** Takes the keys {@code previous} worked out for these very lists (their items' keys being unchanged). */
    void carryOver(ListKeys<T> previous, java.util.Collection<List<T>> unchanged) {
        for (List<T> list : unchanged) {
            String key = previous.known.get(new Same<>(list));
            if (key != null) known.put(new Same<>(list), key);
        }
    }

    /** The list's key; empty for an empty list. */
    public String of(List<T> items) {
        if (items.isEmpty()) return "";
        String remembered = items.size() > SHORT ? known.get(new Same<>(items)) : null;
        if (remembered != null) return remembered;
        if (items.size() > SHORT) {
            String same = sameItems(items);
            if (same != null) {
                known.put(new Same<>(items), same);
                return same;
            }
        }
        byte[] keys = new byte[items.size() * 16];
        for (int i = 0; i < items.size(); i++) System.arraycopy(each.apply(items.get(i)), 0, keys, i * 16, 16);
        String key = new Fingerprint().add(keys).hex();
        if (items.size() > SHORT) known.put(new Same<>(items), key);
        return key;
    }

    /** The key of an earlier list of the same objects in the same order, or null. */
    private String sameItems(List<T> items) {
        List<Map.Entry<Same<T>, String>> candidates = earlier.get(items.size());
        if (candidates == null) return null;
        int last = items.size() - 1;
        for (Map.Entry<Same<T>, String> c : candidates) {
            List<T> list = c.getKey().list();
            if (list.get(0) != items.get(0) || list.get(last) != items.get(last)) continue;
            boolean same = true;
            for (int i = 1; i < last && same; i++) same = list.get(i) == items.get(i);
            if (same) return c.getValue();
        }
        return null;
    }
}
