package vn.luanchuyen.stats;

import java.time.LocalDate;
import java.util.List;
import vn.luanchuyen.derive.LocalityResolver;
import vn.luanchuyen.derive.PostHolders;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Locality;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.reuse.ChangedRecords;

/**
 * Of the commune-level units in a scope on a date, how many have a non-local holder of a post,
 * how many a local one, and how many the records cannot tell (no holder known, or hometown
 * unknown). The records cover the scope only when none is unknown.
 */
public final class LocalShares {
    private final List<Unit> allUnits;
    private final java.util.Map<String, List<Unit>> grassrootsWithin;
    private final PostHolders holders;
    private final LocalityResolver locality;
    /**
     * Each commune's answer for a post on a date, found once: the country's results page, the
     * overview's districts and the results page of every unit above a commune all count it.
     */
    private final java.util.Map<Asked, Locality> answered = new java.util.concurrent.ConcurrentHashMap<>();

    private record Asked(String unit, PostKind post, LocalDate on) {
    }

    public LocalShares(List<Unit> allUnits, List<Cadre> cadres, UnitIndex units) {
        this(allUnits, cadres, units, null);
    }

    /**
     * @param previous the shares the last build of this process worked out, or null. With the very
     *                 same unit records, its holders are updated for the cadres that are not the
     *                 same records, and its answers kept for the communes none of those held a post in
     *                 (before or now); the tallies are those of shares made afresh.
     */
    public LocalShares(List<Unit> allUnits, List<Cadre> cadres, UnitIndex units, LocalShares previous) {
        this.allUnits = allUnits;
        this.locality = new LocalityResolver(units);
        if (previous != null && ChangedRecords.sameObjects(previous.allUnits, allUnits)) {
            this.grassrootsWithin = previous.grassrootsWithin;
            this.holders = previous.holders.after(cadres);
            holders.changedUnits().ifPresent(changed -> previous.answered.forEach((asked, l) -> {
                if (!changed.contains(asked.unit())) answered.put(asked, l);
            }));
            return;
        }
        this.grassrootsWithin = new java.util.HashMap<>();
        for (Unit u : allUnits) {
            if (u.type() == null || !u.type().isGrassroots()) continue;
            grassrootsWithin.computeIfAbsent(u.id(), k -> new java.util.ArrayList<>()).add(u);
            units.ancestors(u.id()).forEach(a -> grassrootsWithin.computeIfAbsent(a, k -> new java.util.ArrayList<>()).add(u));
        }
        this.holders = PostHolders.plausibly(cadres);
    }

    /** The tally for a post: non-local, local and unknown units. */
    public record Tally(long nonLocal, long local, long unknown) {
        public long units() {
            return nonLocal + local + unknown;
        }

        public boolean covered() {
            return unknown == 0 && units() > 0;
        }
    }

    public Tally of(String scope, PostKind post, LocalDate on) {
        long nonLocal = 0;
        long local = 0;
        long unknown = 0;
        for (Unit u : grassrootsWithin.getOrDefault(scope, List.of())) {
            if (!existsOn(u, on)) continue;
            Locality l = answered.computeIfAbsent(new Asked(u.id(), post, on), this::holderOf);
            if (l == Locality.NON_LOCAL) nonLocal++;
            else if (l == Locality.LOCAL) local++;
            else unknown++;
        }
        return new Tally(nonLocal, local, unknown);
    }

    /** Whether the one holder of the post on the date is local; unknown without exactly one holder. */
    private Locality holderOf(Asked a) {
        List<Cadre> held = holders.on(a.unit(), a.post(), a.on());
        return held.size() == 1 ? locality.of(held.get(0), a.unit()) : Locality.UNKNOWN;
    }

    private static boolean existsOn(Unit u, LocalDate on) {
        return (u.validFrom() == null || !on.isBefore(u.validFrom().earliest()))
                && (u.validTo() == null || !on.isAfter(u.validTo().latest()));
    }
}
