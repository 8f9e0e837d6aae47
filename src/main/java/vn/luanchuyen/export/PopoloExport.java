package vn.luanchuyen.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Tenure;

/**
 * The dataset as Popolo JSON (popoloproject.com): {@code persons} (the cadres),
 * {@code organizations} (the bodies of units in which they held posts), {@code posts},
 * {@code memberships} (one per tenure) and {@code areas} (the units). Dates are ISO at the
 * precision known; an estimate adds {@code <field>_approximate: true}. A membership's
 * {@code start_reason} says how the tenure began ("điều động, luân chuyển"), its
 * {@code end_reason} the move that ended it, when one is derived. Everything is sorted, so the
 * same data gives the same bytes.
 *
 * <pre>{@code
 * String json = new PopoloExport().write(new Redactor().publicView(data));
 * }</pre>
 */
public final class PopoloExport {
    private final ObjectMapper json = new ObjectMapper();

    public String write(Dataset data) {
        UnitIndex units = new UnitIndex(data.units());
        Map<String, Source> sources = new HashMap<>();
        data.sources().forEach(s -> sources.put(s.id(), s));
        List<TenureRow> rows = TenureRows.of(data, units);
        ObjectNode root = json.createObjectNode();
        root.set("persons", persons(data, sources));
        PopoloBodies bodies = new PopoloBodies(json, rows);
        root.set("organizations", bodies.organizations());
        root.set("posts", bodies.posts());
        root.set("memberships", memberships(rows, sources));
        root.set("areas", new PopoloAreas(json).areas(data.units()));
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            return json.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArrayNode persons(Dataset data, Map<String, Source> sources) {
        ArrayNode out = json.createArrayNode();
        for (Cadre c : data.cadres().stream().sorted(Comparator.comparing(Cadre::id)).toList()) {
            ObjectNode p = out.addObject();
            p.put("id", c.id());
            p.put("name", c.name().full());
            if (!c.name().ho().isEmpty()) p.put("family_name", c.name().ho());
            p.put("given_name", c.name().ten());
            if (c.gender() != null) p.put("gender", c.gender() == Gender.NU ? "female" : "male");
            if (c.birthYear() != null) p.put("birth_date", String.format("%04d", c.birthYear()));
            ObjectNode identifier = p.putArray("identifiers").addObject();
            identifier.put("scheme", "luanchuyen");
            identifier.put("identifier", c.id());
            p.set("sources", links(c.sources(), sources));
        }
        return out;
    }

    private ArrayNode memberships(List<TenureRow> rows, Map<String, Source> sources) {
        ArrayNode out = json.createArrayNode();
        for (TenureRow r : rows) {
            Tenure t = r.tenure();
            Organization org = Organization.of(t);
            ObjectNode m = out.addObject();
            m.put("id", r.id());
            m.put("person_id", r.cadre().id());
            m.put("organization_id", org.id());
            m.put("post_id", org.postId(t.post()));
            m.put("area_id", t.unit());
            m.put("role", t.post().label());
            m.put("label", r.postName());
            date(m, "start_date", t.from());
            date(m, "end_date", t.to());
            date(m, "held_on", t.heldOn());
            if (!t.began().isEmpty()) m.put("start_reason", TenureRow.labels(t.began()));
            if (!r.endedBy().isEmpty()) m.put("end_reason", TenureRow.labels(r.endedBy()));
            if (t.decision() != null && t.decision().number() != null) m.put("decision_number", t.decision().number());
            if (t.note() != null) m.put("note", t.note());
            m.set("sources", links(t.sources().isEmpty() ? r.cadre().sources() : t.sources(), sources));
        }
        return out;
    }

    static void date(ObjectNode node, String field, PartialDate d) {
        if (d == null) return;
        node.put(field, IsoDates.of(d));
        if (IsoDates.approximate(d)) node.put(field + "_approximate", true);
    }

    /** Popolo links to the sources: a note citing each (publication, title, date) and its address when known. */
    private ArrayNode links(List<String> ids, Map<String, Source> sources) {
        ArrayNode out = json.createArrayNode();
        for (String id : ids) {
            Source s = sources.get(id);
            ObjectNode link = out.addObject();
            if (s == null) {
                link.put("note", id);
                continue;
            }
            if (s.url() != null) link.put("url", s.url());
            link.put("note", s.publication() + ": " + s.title() + " (" + IsoDates.of(s.date()) + ")");
        }
        return out;
    }
}
