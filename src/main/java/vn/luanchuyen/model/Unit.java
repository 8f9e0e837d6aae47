package vn.luanchuyen.model;

import java.util.List;

/**
 * An administrative unit. {@code id} is ours and stable; {@code code} is the statistics office's
 * code, a string that may be reused over time, so never a key. {@code name} and {@code type} are
 * the ones in force at {@code validFrom}, before any {@code events} renamed or retyped it.
 */
public record Unit(String id, String code, String name, UnitType type, List<ParentLink> parents,
                   PartialDate validFrom, PartialDate validTo, List<UnitEvent> events,
                   List<String> sources, Visibility visibility, Origin origin) {

    public Unit {
        parents = List.copyOf(parents);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
    }
}
