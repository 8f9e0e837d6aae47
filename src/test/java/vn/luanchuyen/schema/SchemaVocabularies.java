package vn.luanchuyen.schema;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.luanchuyen.model.AchievementStatus;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.Gender;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.ProgrammeKind;
import vn.luanchuyen.model.Qualifier;
import vn.luanchuyen.model.Rating;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.model.TrainingKind;
import vn.luanchuyen.model.UnitEventKind;
import vn.luanchuyen.model.UnitType;

/**
 * The vocabularies of the schemas in {@code schema/}, made from the model's enums: each
 * definition named after an enum lists its ids, then its labels, then its aliases. The schemas
 * are written by hand except for these lists, which {@link #update} rewrites:
 *
 * <pre>{@code mvn -q test -Dtest=SchemaAgreementTest -Dschema.update=true}</pre>
 *
 * Definitions whose name starts with an upper-case letter are vocabularies; every one must be
 * known here.
 */
final class SchemaVocabularies {
    static final Path DIR = Path.of("schema");
    static final ObjectMapper JSON = new ObjectMapper();

    private SchemaVocabularies() {
    }

    /** Definition name → the values the schema must list, in order. */
    static Map<String, List<String>> expected() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, UnitType.class);
        put(out, UnitEventKind.class);
        put(out, Body.class);
        put(out, Department.class);
        put(out, PostKind.class);
        out.put("PostKindInDepartment", values(PostKind.class, p -> p.body() == Body.PHONG));
        out.put("PostKindNeedingBody", values(PostKind.class, p -> p.body() == null));
        put(out, StartKind.class);
        put(out, Gender.class);
        put(out, ProgrammeKind.class);
        put(out, Indicator.class);
        put(out, Comparison.class);
        put(out, Qualifier.class);
        put(out, Rating.class);
        put(out, TrainingKind.class);
        put(out, AchievementStatus.class);
        return out;
    }

    private static <E extends Enum<E> & Term> void put(Map<String, List<String>> out, Class<E> type) {
        out.put(type.getSimpleName(), values(type, e -> true));
    }

    private static <E extends Enum<E> & Term> List<String> values(Class<E> type, Predicate<E> which) {
        List<E> terms = Arrays.stream(type.getEnumConstants()).filter(which).toList();
        Set<String> values = new LinkedHashSet<>();
        terms.forEach(t -> values.add(t.id()));
        terms.forEach(t -> values.add(t.label()));
        terms.forEach(t -> values.addAll(t.aliases()));
        return List.copyOf(values);
    }

    static List<Path> files() throws IOException {
        try (var list = Files.list(DIR)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Rewrites the vocabularies of every schema from the enums; the rest of each file is kept. */
    static void update() throws IOException {
        Map<String, List<String>> expected = expected();
        for (Path file : files()) {
            ObjectNode schema = (ObjectNode) read(file);
            JsonNode defs = schema.path("definitions");
            defs.fieldNames().forEachRemaining(name -> {
                List<String> values = expected.get(name);
                if (values == null) return;
                ArrayNode array = ((ObjectNode) defs.get(name)).putArray("enum");
                values.forEach(array::add);
            });
            Files.writeString(file, print(schema), StandardCharsets.UTF_8);
        }
    }

    /** Two-space indentation, one array item per line, as the files are kept. */
    static String print(JsonNode schema) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return JSON.writer(printer).writeValueAsString(schema) + "\n";
    }
}
