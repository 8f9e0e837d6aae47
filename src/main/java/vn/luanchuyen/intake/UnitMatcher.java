package vn.luanchuyen.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.text.PostNames;

/**
 * Finds the unit a list names, among the units of the project: by id ({@code cuc-duong}), by
 * name ("Cúc Đường"), or by name with its type ("xã Cúc Đường"), later names included. A name
 * several units share is ambiguous and reported with the candidates, never guessed.
 */
final class UnitMatcher {
    /** The units a text names: none, one, or several (ambiguous). */
    record Found(String text, List<Unit> units) {
        Unit only() {
            return units.size() == 1 ? units.get(0) : null;
        }

        String candidates() {
            return String.join(", ", units.stream().map(u -> u.id() + " (" + PostNames.unit(u) + ")").toList());
        }
    }

    private final Map<String, Unit> byId = new HashMap<>();
    private final Map<String, Set<Unit>> byName = new HashMap<>();

    UnitMatcher(List<Unit> units) {
        for (Unit u : units.stream().filter(u -> u.id() != null && u.name() != null)
                .sorted(Comparator.comparing(Unit::id)).toList()) {
            byId.putIfAbsent(u.id(), u);
            add(u.name(), u);
            add(u.type().label() + " " + u.name(), u);
            add(PostNames.unit(u), u);
            for (UnitEvent e : u.events()) {
                if (e.name() != null) add(e.name(), u);
                if (e.name() != null) add((e.type() != null ? e.type() : u.type()).label() + " " + e.name(), u);
            }
        }
    }

    private void add(String name, Unit u) {
        byName.computeIfAbsent(Fold.key(name), k -> new LinkedHashSet<>()).add(u);
    }

    Found find(String text) {
        String t = Fold.nfc(text).strip();
        if (byId.containsKey(t)) return new Found(t, List.of(byId.get(t)));
        return new Found(t, new ArrayList<>(byName.getOrDefault(Fold.key(t), Set.of())));
    }

    /** Only by id, for the "Mã đơn vị" column. */
    Found byId(String id) {
        String t = id.strip();
        return new Found(t, byId.containsKey(t) ? List.of(byId.get(t)) : List.of());
    }
}
