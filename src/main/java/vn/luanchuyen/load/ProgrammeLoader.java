package vn.luanchuyen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Review;
import vn.luanchuyen.model.Target;

/** {@code data/programmes/<id>.yaml}: a resolution, scheme or plan with its targets and reviews. */
final class ProgrammeLoader {
    static final Set<String> FIELDS = Set.of("id", "kind", "number", "title", "issuer", "date", "from", "to",
            "scope", "note", "targets", "reviews", "sources", "internal");
    private static final Set<String> TARGET_FIELDS = Set.of("indicator", "comparison", "threshold", "deadline",
            "scope", "note");
    private static final Set<String> REVIEW_FIELDS = Set.of("date", "title", "chair", "note", "sources");

    private ProgrammeLoader() {
    }

    static Programme load(FileContext ctx, Node root) {
        MappingReader r = MappingReader.ofFile(ctx, root, FIELDS);
        if (r == null) return null;
        List<Target> targets = new ArrayList<>();
        for (MappingReader t : r.mappings("targets", TARGET_FIELDS)) {
            Comparison comparison = t.term("comparison", ctx.vocab().comparisons());
            targets.add(new Target(t.requiredTerm("indicator", ctx.vocab().indicators()),
                    comparison == null ? Comparison.AT_LEAST : comparison, t.decimal("threshold"), t.date("deadline"),
                    t.id("scope"), t.text("note"), t.origin()));
        }
        List<Review> reviews = new ArrayList<>();
        for (MappingReader v : r.mappings("reviews", REVIEW_FIELDS)) {
            reviews.add(new Review(v.requiredDate("date"), v.text("title"), v.id("chair"), v.text("note"),
                    v.ids("sources"), v.origin()));
        }
        MappingReader issuer = r.mapping("issuer", CadreLoader.ISSUER_FIELDS);
        return new Programme(r.requiredId("id"), r.requiredTerm("kind", ctx.vocab().programmeKinds()), r.text("number"),
                r.requiredText("title"), issuer == null ? null : issuer.requiredId("unit"),
                issuer == null ? null : issuer.term("body", ctx.vocab().bodies()), r.date("date"), r.date("from"),
                r.date("to"), r.id("scope"), r.text("note"), targets, reviews, r.ids("sources"), r.visibility(FIELDS), r.origin());
    }
}
