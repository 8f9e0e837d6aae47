package vn.luanchuyen.reuse;

import java.util.List;

/**
 * A list as a {@link Memo} key that equals another list of the very same objects in the same
 * order, compared by identity: what was made from records the loader gave again unchanged (it
 * gives the same record objects for unchanged files) is taken again without looking into them.
 */
public record SameObjects(List<?> items) {
    public SameObjects {
        items = List.copyOf(items);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SameObjects other && ChangedRecords.sameObjects(items, other.items);
    }

    @Override
    public int hashCode() {
        int h = items.size();
        for (Object item : items) h = 31 * h + System.identityHashCode(item);
        return h;
    }
}
