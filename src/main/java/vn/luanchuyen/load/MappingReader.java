package vn.luanchuyen.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.model.Visibility;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.text.Suggest;

/**
 * Reads the fields of one YAML mapping into typed values, reporting every problem (unknown or
 * duplicate key, wrong type, missing field, bad value) with its position and carrying on, so a
 * single run finds them all. Getters return null for absent or invalid values.
 */
final class MappingReader {
    private final FileContext ctx;
    private final MappingNode node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private MappingReader(FileContext ctx, MappingNode node, Set<String> allowed) {
        this.ctx = ctx;
        this.node = node;
        for (NodeTuple t : node.getValue()) {
            String key = keyText(t.getKeyNode());
            if (key == null) continue;
            NodeTuple first = fields.get(key);
            if (first != null) {
                ctx.error("yaml.duplicate-key", ctx.pos(t.getKeyNode()), key, ctx.pos(first.getKeyNode()).line());
            } else if (!allowed.contains(key)) {
                String suggestion = Suggest.closest(key, allowed).orElse("");
                ctx.error("field.unknown", ctx.pos(t.getKeyNode()), key,
                        String.join(", ", new TreeSet<>(allowed)), suggestion);
            } else {
                fields.put(canonical(key, allowed), t);
            }
        }
    }

    /** The reader of a whole file, or null (reported) when the file is not a mapping of fields. */
    static MappingReader ofFile(FileContext ctx, Node node, Set<String> allowed) {
        if (node instanceof MappingNode m) return new MappingReader(ctx, m, allowed);
        ctx.error("file.not-mapping", ctx.pos(node), kindOf(node));
        return null;
    }

    /** A reader over the value of field {@code key}, or null (reported) when it is not a mapping. */
    private static MappingReader of(FileContext ctx, Node node, Set<String> allowed, String key) {
        if (node instanceof MappingNode m) return new MappingReader(ctx, m, allowed);
        ctx.error("field.type", ctx.pos(node), key, kindOf(node), "@term.kind.mapping");
        return null;
    }

    private String keyText(Node key) {
        if (key instanceof ScalarNode s) return Fold.nfc(s.getValue());
        ctx.error("yaml.complex-key", ctx.pos(key));
        return null;
    }

    SourcePos at() {
        return ctx.pos(node);
    }

    FileContext context() {
        return ctx;
    }

    /**
     * The record's position and its fields' value positions; also each item of a list of texts
     * ({@code "sources=bao-mau"}) and each field of a nested mapping ({@code "issuer.unit"}), so
     * that a problem with one of them points at it.
     */
    Origin origin() {
        Map<String, SourcePos> positions = new LinkedHashMap<>();
        fields.forEach((k, t) -> {
            Node v = t.getValueNode();
            positions.put(k, ctx.pos(v));
            if (v instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) positions.putIfAbsent(k + "=" + Fold.nfc(s.getValue()).strip(), ctx.pos(item));
                }
            } else if (v instanceof MappingNode m) {
                for (NodeTuple sub : m.getValue()) {
                    if (sub.getKeyNode() instanceof ScalarNode key) positions.putIfAbsent(k + "." + key.getValue(), ctx.pos(sub.getValueNode()));
                }
            }
            // a scalar's "field=value" is the field's own position, which Origin.of falls back to
        });
        return new Origin(at(), positions);
    }

    /**
     * The allowed set's own instance of a field's name: the positions of every record share one
     * string per name instead of keeping the parser's copy for every field of every record.
     */
    private static String canonical(String key, Set<String> allowed) {
        for (String name : allowed) {
            if (name.equals(key)) return name;
        }
        return key;
    }

    boolean has(String key) {
        Node v = value(key);
        return v != null;
    }

    SourcePos pos(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? at() : ctx.pos(t.getValueNode());
    }

    /** The value node, or null when absent or written as null ({@code ~}, empty). */
    private Node value(String key) {
        NodeTuple t = fields.get(key);
        if (t == null) return null;
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) return null;
        return v;
    }

    private String scalar(String key, Node v, String expected) {
        if (v instanceof ScalarNode s) {
            return Fold.nfc(s.getValue()).strip();
        }
        ctx.error("field.type", ctx.pos(v), key, kindOf(v), expected);
        return null;
    }

    private static final String TEXT = "@term.kind.text";

    String text(String key) {
        Node v = value(key);
        if (v == null) return null;
        String s = scalar(key, v, TEXT);
        if (s != null && s.isEmpty()) return null;
        return s;
    }

    String requiredText(String key) {
        if (isBlank(key)) {
            missing(key);
            return null;
        }
        return text(key);
    }

    /** Absent, null or empty text: what a required field must not be (a wrong type is reported as such). */
    private boolean isBlank(String key) {
        Node v = value(key);
        return v == null || (v instanceof ScalarNode s && s.getValue().isBlank());
    }

    /** Reports a required field that is absent or empty: at the empty value when written, else at the record. */
    void missing(String key) {
        ctx.error("field.missing", fields.containsKey(key) ? pos(key) : at(), key);
    }

    String id(String key) {
        String s = text(key);
        if (s == null) return null;
        return checkId(s, pos(key));
    }

    String requiredId(String key) {
        if (isBlank(key)) {
            missing(key);
            return null;
        }
        return id(key);
    }

    private String checkId(String s, SourcePos at) {
        if (Scalars.isId(s)) return s;
        ctx.error("id.invalid", at, s, Fold.slug(s).isEmpty() ? "vi-du" : Fold.slug(s));
        return null;
    }

    PartialDate date(String key) {
        String s = text(key);
        if (s == null) return null;
        Scalars.DateResult r = Scalars.date(s);
        if (r.problem() != null) ctx.error(r.problem(), pos(key), s, key, Scalars.MIN_YEAR, Scalars.MAX_YEAR);
        return r.date();
    }

    PartialDate requiredDate(String key) {
        if (isBlank(key)) missing(key);
        return date(key);
    }

    Integer integer(String key) {
        String s = text(key);
        if (s == null) return null;
        Integer i = Scalars.integer(s);
        if (i == null) ctx.error("value.not-integer", pos(key), s, key);
        return i;
    }

    BigDecimal decimal(String key) {
        String s = text(key);
        if (s == null) return null;
        BigDecimal d = Scalars.decimal(s);
        if (d == null) ctx.error("value.not-number", pos(key), s, key);
        return d;
    }

    boolean bool(String key, boolean fallback) {
        String s = text(key);
        if (s == null) return fallback;
        Boolean b = Scalars.bool(s);
        if (b == null) {
            ctx.error("value.not-boolean", pos(key), s, key);
            return fallback;
        }
        return b;
    }

    <E extends Enum<E> & Term> E term(String key, Vocabulary<E> vocab) {
        String s = text(key);
        return s == null ? null : lookup(key, s, pos(key), vocab);
    }

    <E extends Enum<E> & Term> E requiredTerm(String key, Vocabulary<E> vocab) {
        if (isBlank(key)) missing(key);
        return term(key, vocab);
    }

    private <E extends Enum<E> & Term> E lookup(String key, String s, SourcePos at, Vocabulary<E> vocab) {
        return vocab.find(s).orElseGet(() -> {
            String suggestion = Suggest.closest(s, vocab.labels()).orElse("");
            ctx.error("vocab.unknown", at, s, key, vocab.ids(),
                    suggestion);
            return null;
        });
    }

    /** One value or a list of values of a vocabulary. */
    <E extends Enum<E> & Term> List<E> terms(String key, Vocabulary<E> vocab) {
        List<E> out = new ArrayList<>();
        for (Located item : scalarsOf(key)) {
            E e = lookup(key, item.text, item.at, vocab);
            if (e != null) out.add(e);
        }
        return out;
    }

    /** One id or a list of ids. */
    List<String> ids(String key) {
        List<String> out = new ArrayList<>();
        for (Located item : scalarsOf(key)) {
            String id = checkId(item.text, item.at);
            if (id != null) out.add(id);
        }
        return out;
    }

    List<String> texts(String key) {
        return scalarsOf(key).stream().map(Located::text).toList();
    }

    private record Located(String text, SourcePos at) {
    }

    private List<Located> scalarsOf(String key) {
        Node v = value(key);
        if (v == null) return List.of();
        if (v instanceof SequenceNode seq) {
            List<Located> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                String s = scalar(key, item, TEXT);
                if (s != null && !s.isEmpty()) out.add(new Located(s, ctx.pos(item)));
            }
            return out;
        }
        String s = scalar(key, v, "@term.kind.text-or-list");
        return s == null || s.isEmpty() ? List.of() : List.of(new Located(s, ctx.pos(v)));
    }

    MappingReader mapping(String key, Set<String> allowed) {
        Node v = value(key);
        return v == null ? null : of(ctx, v, allowed, key);
    }

    /** A list of mappings; items that are not mappings are reported and skipped. */
    List<MappingReader> mappings(String key, Set<String> allowed) {
        Node v = value(key);
        if (v == null) return List.of();
        if (!(v instanceof SequenceNode seq)) {
            ctx.error("field.type", ctx.pos(v), key, kindOf(v), "@term.kind.list");
            return List.of();
        }
        List<MappingReader> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            MappingReader r = of(ctx, item, allowed, key);
            if (r != null) out.add(r);
        }
        return out;
    }

    /** {@code internal: true} for the whole record, or {@code internal: [field, …]}. */
    Visibility visibility(Set<String> fieldsAllowed) {
        Node v = value("internal");
        if (v == null) return Visibility.PUBLIC;
        if (v instanceof ScalarNode) {
            String s = text("internal");
            Boolean b = s == null ? null : Scalars.bool(s);
            if (b != null) return new Visibility(b, Set.of());
        }
        List<String> named = new ArrayList<>();
        for (Located item : scalarsOf("internal")) {
            if (fieldsAllowed.contains(item.text)) named.add(item.text);
            else ctx.error("visibility.unknown-field", item.at, item.text, String.join(", ", new TreeSet<>(fieldsAllowed)));
        }
        return new Visibility(false, Set.copyOf(named));
    }

    static String kindOf(Node node) {
        if (node instanceof MappingNode) return "@term.kind.mapping";
        if (node instanceof SequenceNode) return "@term.kind.list";
        return TEXT;
    }
}
