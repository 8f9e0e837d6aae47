package vn.luanchuyen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;

/** {@code data/units/…yaml}: {@code units:}, a list of units (a province, or a district with its communes). */
final class UnitsLoader {
    static final Set<String> FIELDS = Set.of("id", "code", "name", "type", "parent", "parents", "valid_from",
            "valid_to", "events", "sources", "internal");
    private static final Set<String> PARENT_FIELDS = Set.of("unit", "from", "to");
    private static final Set<String> EVENT_FIELDS = Set.of("date", "kind", "basis", "into", "name", "type");

    private UnitsLoader() {
    }

    static List<Unit> load(FileContext ctx, Node root) {
        MappingReader file = MappingReader.ofFile(ctx, root, Set.of("units"));
        if (file == null) return List.of();
        if (!file.has("units")) file.missing("units");
        List<Unit> units = new ArrayList<>();
        for (MappingReader r : file.mappings("units", FIELDS)) {
            units.add(unit(ctx, r));
        }
        return units;
    }

    private static Unit unit(FileContext ctx, MappingReader r) {
        List<ParentLink> parents = new ArrayList<>();
        if (r.has("parent") && r.has("parents")) ctx.error("unit.parent-twice", r.pos("parents"));
        String parent = r.id("parent");
        if (parent != null) {
            parents.add(new ParentLink(parent, null, null, new Origin(r.pos("parent"), Map.of("unit", r.pos("parent")))));
        }
        for (MappingReader p : r.mappings("parents", PARENT_FIELDS)) {
            parents.add(new ParentLink(p.requiredId("unit"), p.date("from"), p.date("to"), p.origin()));
        }
        List<UnitEvent> events = new ArrayList<>();
        for (MappingReader e : r.mappings("events", EVENT_FIELDS)) {
            events.add(new UnitEvent(e.requiredTerm("kind", ctx.vocab().unitEvents()), e.requiredDate("date"),
                    e.text("basis"), e.id("into"), e.text("name"), e.term("type", ctx.vocab().unitTypes()), e.origin()));
        }
        return new Unit(r.requiredId("id"), r.text("code"), r.requiredText("name"),
                r.requiredTerm("type", ctx.vocab().unitTypes()), parents, r.date("valid_from"), r.date("valid_to"),
                events, r.ids("sources"), r.visibility(FIELDS), r.origin());
    }
}
