package vn.luanchuyen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.model.ActionProgramme;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Decision;
import vn.luanchuyen.model.PersonName;
import vn.luanchuyen.model.Tenure;

/** {@code data/cadres/<id>.yaml}: one cadre with their tenures and action programmes. */
final class CadreLoader {
    static final Set<String> FIELDS = Set.of("id", "name", "ho", "gender", "hometown", "birth_year", "tenures",
            "action_programmes", "sources", "internal");
    static final Set<String> TENURE_FIELDS = Set.of("unit", "post", "department", "body", "from", "to", "held_on",
            "began", "decision", "note", "sources", "internal");
    private static final Set<String> DECISION_FIELDS = Set.of("number", "date", "issuer");
    static final Set<String> ISSUER_FIELDS = Set.of("unit", "body");
    private static final Set<String> ACTION_FIELDS = Set.of("unit", "post", "presented", "presented_to", "tasks",
            "aim", "sources");

    private CadreLoader() {
    }

    static Cadre load(FileContext ctx, Node root) {
        MappingReader r = MappingReader.ofFile(ctx, root, FIELDS);
        if (r == null) return null;
        List<Tenure> tenures = new ArrayList<>();
        for (MappingReader t : r.mappings("tenures", TENURE_FIELDS)) {
            tenures.add(tenure(ctx, t));
        }
        List<ActionProgramme> actions = new ArrayList<>();
        for (MappingReader a : r.mappings("action_programmes", ACTION_FIELDS)) {
            MappingReader to = a.mapping("presented_to", ISSUER_FIELDS);
            actions.add(new ActionProgramme(a.requiredId("unit"), a.requiredTerm("post", ctx.vocab().posts()),
                    a.date("presented"), to == null ? null : to.requiredId("unit"),
                    to == null ? null : to.term("body", ctx.vocab().bodies()), a.texts("tasks"), a.text("aim"),
                    a.ids("sources"), a.origin()));
        }
        Integer birthYear = r.integer("birth_year");
        String name = r.requiredText("name");
        return new Cadre(r.requiredId("id"), name == null ? null : new PersonName(name.replaceAll("\\s+", " "), r.text("ho")),
                r.term("gender", ctx.vocab().genders()), r.id("hometown"), birthYear, tenures, actions,
                r.ids("sources"), r.visibility(FIELDS), r.origin());
    }

    private static Tenure tenure(FileContext ctx, MappingReader t) {
        MappingReader d = t.mapping("decision", DECISION_FIELDS);
        Decision decision = null;
        if (d != null) {
            MappingReader issuer = d.mapping("issuer", ISSUER_FIELDS);
            decision = new Decision(d.text("number"), d.date("date"), issuer == null ? null : issuer.requiredId("unit"),
                    issuer == null ? null : issuer.term("body", ctx.vocab().bodies()), d.origin());
        }
        return new Tenure(t.requiredId("unit"), t.requiredTerm("post", ctx.vocab().posts()),
                t.term("body", ctx.vocab().bodies()), t.term("department", ctx.vocab().departments()), t.date("from"),
                t.date("to"), t.date("held_on"), t.terms("began", ctx.vocab().starts()), decision, t.text("note"),
                t.ids("sources"), t.visibility(TENURE_FIELDS), t.origin());
    }
}
