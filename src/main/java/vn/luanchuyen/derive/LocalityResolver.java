package vn.luanchuyen.derive;

import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Locality;

/**
 * Whether a cadre is local to a unit, from their hometown: local when the hometown lies within
 * the unit; non-local when neither contains the other; unknown when the hometown is missing or
 * only known at a level that contains the unit (a district, for a commune inside it).
 */
public final class LocalityResolver {
    private final UnitIndex units;

    public LocalityResolver(UnitIndex units) {
        this.units = units;
    }

    public Locality of(Cadre cadre, String unit) {
        String home = cadre.hometown();
        if (home == null || !units.contains(home) || !units.contains(unit)) return Locality.UNKNOWN;
        if (units.within(home, unit)) return Locality.LOCAL;
        if (units.within(unit, home)) return Locality.UNKNOWN;
        return Locality.NON_LOCAL;
    }
}
