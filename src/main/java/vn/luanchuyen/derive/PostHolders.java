package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.reuse.ChangedRecords;

/**
 * Who held a post of a unit on a date: surely (the dates prove it), or plausibly (the dates
 * allow it, which is how pages answer "who held it then" when sources give only a month).
 */
public final class PostHolders {
    private record Holding(Cadre cadre, Span span) {
    }

    private final boolean surely;
    private final List<Cadre> cadres;
    /** Each post's holdings, in the order of {@link #cadres} (a cadre's own in the order of its tenures). */
    private final Map<String, List<Holding>> byPost;
    /** The units whose posts' holdings may differ from the holders this was updated from; null: made afresh. */
    private final Set<String> changedUnits;

    public static PostHolders surely(List<Cadre> cadres) {
        return new PostHolders(cadres, true);
    }

    public static PostHolders plausibly(List<Cadre> cadres) {
        return new PostHolders(cadres, false);
    }

    private PostHolders(List<Cadre> cadres, boolean surely) {
        this.surely = surely;
        this.cadres = cadres;
        this.byPost = new HashMap<>();
        this.changedUnits = null;
        for (Cadre c : cadres) {
            for (Tenure t : c.tenures()) {
                Span span = span(t);
                if (span != null) byPost.computeIfAbsent(key(t.unit(), t.post()), k -> new ArrayList<>()).add(new Holding(c, span));
            }
        }
    }

    private PostHolders(boolean surely, List<Cadre> cadres, Map<String, List<Holding>> byPost, Set<String> changedUnits) {
        this.surely = surely;
        this.cadres = cadres;
        this.byPost = byPost;
        this.changedUnits = changedUnits;
    }

    /**
     * The holders of the same kind among {@code now}: those of this, with the holdings of the
     * cadres that are not the very records it was made from worked out again (a process that
     * builds again after an edit). The same as made afresh.
     */
    public PostHolders after(List<Cadre> now) {
        Set<String> changed = ChangedRecords.ids(Cadre::id, cadres, cadres, now, now);
        if (!ChangedRecords.few(changed.size(), now.size())) return new PostHolders(now, surely);
        Map<String, List<Holding>> updated = new HashMap<>(byPost);
        Set<String> keys = new HashSet<>();
        Set<String> units = new HashSet<>();
        Map<String, List<Holding>> added = new HashMap<>();
        for (Cadre c : cadres) {
            if (changed.contains(c.id())) touched(c, keys, units);
        }
        for (Cadre c : now) {
            if (!changed.contains(c.id())) continue;
            touched(c, keys, units);
            for (Tenure t : c.tenures()) {
                Span span = span(t);
                if (span != null) added.computeIfAbsent(key(t.unit(), t.post()), k -> new ArrayList<>()).add(new Holding(c, span));
            }
        }
        if (!keys.isEmpty()) {
            Map<Cadre, Integer> position = new IdentityHashMap<>(now.size() * 2);
            for (int i = 0; i < now.size(); i++) position.put(now.get(i), i);
            for (String key : keys) {
                List<Holding> list = new ArrayList<>();
                for (Holding h : byPost.getOrDefault(key, List.of())) {
                    if (!changed.contains(h.cadre().id())) list.add(h);
                }
                list.addAll(added.getOrDefault(key, List.of()));
                list.sort(java.util.Comparator.comparingInt(h -> position.get(h.cadre()))); // stable: a cadre's own stay in order
                if (list.isEmpty()) updated.remove(key);
                else updated.put(key, list);
            }
        }
        return new PostHolders(surely, now, updated, units);
    }

    /**
     * The units whose posts' holders may differ from those of the holders this was updated from
     * ({@link #after}); empty when it was made afresh, since then any may.
     */
    public java.util.Optional<Set<String>> changedUnits() {
        return java.util.Optional.ofNullable(changedUnits);
    }

    public List<Cadre> on(String unit, PostKind post, LocalDate date) {
        return byPost.getOrDefault(key(unit, post), List.of()).stream()
                .filter(h -> !date.isBefore(h.span.start()) && !date.isAfter(h.span.end()))
                .map(Holding::cadre)
                .distinct()
                .toList();
    }

    private Span span(Tenure t) {
        if (t.post() == null || t.unit() == null) return null;
        return surely ? Span.of(t) : Span.plausible(t);
    }

    /** The posts and units a cadre's tenures hold. */
    private void touched(Cadre c, Set<String> keys, Set<String> units) {
        for (Tenure t : c.tenures()) {
            if (span(t) == null) continue;
            keys.add(key(t.unit(), t.post()));
            units.add(t.unit());
        }
    }

    private static String key(String unit, PostKind post) {
        return unit + "|" + post.id();
    }
}
