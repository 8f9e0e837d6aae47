package vn.luanchuyen.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import vn.luanchuyen.model.ParentLink;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitEvent;
import vn.luanchuyen.model.UnitEventKind;

/**
 * Popolo areas: the administrative units, with their type as classification, their parent and
 * when they existed ({@code valid_from}, {@code valid_to}). A parent that changed is listed with
 * its dates in {@code parents}; later names in {@code other_names}.
 */
final class PopoloAreas {
    private final ObjectMapper json;

    PopoloAreas(ObjectMapper json) {
        this.json = json;
    }

    ArrayNode areas(List<Unit> units) {
        ArrayNode out = json.createArrayNode();
        for (Unit u : units.stream().sorted(Comparator.comparing(Unit::id)).toList()) {
            ObjectNode a = out.addObject();
            a.put("id", u.id());
            a.put("name", u.name());
            a.put("classification", u.type().label());
            if (!u.parents().isEmpty()) a.put("parent_id", u.parents().get(0).unit());
            PopoloExport.date(a, "valid_from", u.validFrom());
            PopoloExport.date(a, "valid_to", u.validTo());
            ArrayNode ids = a.putArray("identifiers");
            identifier(ids, "luanchuyen", u.id());
            if (u.code() != null) identifier(ids, "ma-dvhc", u.code());
            if (u.parents().stream().anyMatch(p -> p.from() != null || p.to() != null)) {
                ArrayNode parents = a.putArray("parents");
                for (ParentLink p : u.parents()) {
                    ObjectNode link = parents.addObject();
                    link.put("parent_id", p.unit());
                    PopoloExport.date(link, "start_date", p.from());
                    PopoloExport.date(link, "end_date", p.to());
                }
            }
            List<UnitEvent> renames = u.events().stream().filter(e -> e.kind() == UnitEventKind.RENAMED && e.name() != null).toList();
            if (!renames.isEmpty()) {
                ArrayNode names = a.putArray("other_names");
                for (UnitEvent e : renames) {
                    ObjectNode n = names.addObject();
                    n.put("name", e.name());
                    PopoloExport.date(n, "start_date", e.date());
                }
            }
        }
        return out;
    }

    private static void identifier(ArrayNode ids, String scheme, String value) {
        ObjectNode id = ids.addObject();
        id.put("scheme", scheme);
        id.put("identifier", value);
    }
}
