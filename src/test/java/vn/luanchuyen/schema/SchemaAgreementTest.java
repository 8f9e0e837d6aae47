package vn.luanchuyen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.load.DatasetLoader;

/**
 * The JSON Schemas in {@code schema/} agree with the loader: the sample data and every example of
 * docs/data-format.md validate; the fields are exactly the loader's {@code FIELDS}; the
 * vocabularies are the model's enums; and files the loader rejects, the schema rejects too.
 * Each YAML file is validated twice, with scalars as text (as the loader reads them) and typed by
 * YAML 1.2 (as an editor's language server reads them).
 */
class SchemaAgreementTest {
    private static final Pattern MODELINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");
    private static final Pattern EXAMPLE = Pattern.compile("```yaml\\n# (data/\\S+\\.yaml)\\n(.*?)```", Pattern.DOTALL);

    // ---- vocabularies -------------------------------------------------------------------

    @Test
    void vocabulariesAreTheModelsEnums() throws IOException {
        if (Boolean.getBoolean("schema.update")) SchemaVocabularies.update();
        Map<String, List<String>> expected = SchemaVocabularies.expected();
        Set<String> seen = new TreeSet<>();
        for (Path file : SchemaVocabularies.files()) {
            JsonNode defs = SchemaVocabularies.read(file).path("definitions");
            for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!Character.isUpperCase(name.charAt(0))) continue;
                assertThat(expected).as("%s: vocabulary %s is not an enum of the model", file, name).containsKey(name);
                List<String> listed = new ArrayList<>();
                defs.get(name).path("enum").forEach(v -> listed.add(v.asText()));
                assertThat(listed).as("%s: %s (run with -Dschema.update=true to rewrite it from the enum)", file, name)
                        .isEqualTo(expected.get(name));
                seen.add(name);
            }
        }
        assertThat(seen).as("every vocabulary is used by a schema").isEqualTo(new TreeSet<>(expected.keySet()));
    }

    // ---- fields ---------------------------------------------------------------------------

    /** A set of field names in the loader and the object schema that must have exactly those properties. */
    private record FieldSet(String owner, String field, String kind, String pointer) {
        Set<String> read() throws ReflectiveOperationException {
            Field f = Class.forName("vn.luanchuyen.load." + owner).getDeclaredField(field);
            f.setAccessible(true);
            @SuppressWarnings("unchecked") Set<String> set = (Set<String>) f.get(null);
            return set;
        }
    }

    private static final List<FieldSet> FIELD_SETS = List.of(
            new FieldSet("SourceLoader", "FIELDS", "sources", ""),
            new FieldSet("UnitsLoader", "FIELDS", "units", "/definitions/unit"),
            new FieldSet("UnitsLoader", "PARENT_FIELDS", "units", "/definitions/parentLink"),
            new FieldSet("UnitsLoader", "EVENT_FIELDS", "units", "/definitions/event"),
            new FieldSet("CadreLoader", "FIELDS", "cadres", ""),
            new FieldSet("CadreLoader", "TENURE_FIELDS", "cadres", "/definitions/tenure"),
            new FieldSet("CadreLoader", "DECISION_FIELDS", "cadres", "/definitions/decision"),
            new FieldSet("CadreLoader", "ISSUER_FIELDS", "cadres", "/definitions/issuer"),
            new FieldSet("CadreLoader", "ACTION_FIELDS", "cadres", "/definitions/actionProgramme"),
            new FieldSet("ProgrammeLoader", "FIELDS", "programmes", ""),
            new FieldSet("ProgrammeLoader", "TARGET_FIELDS", "programmes", "/definitions/target"),
            new FieldSet("ProgrammeLoader", "REVIEW_FIELDS", "programmes", "/definitions/review"),
            new FieldSet("CadreLoader", "ISSUER_FIELDS", "programmes", "/definitions/issuer"),
            new FieldSet("AggregateReaders", "FIGURE_FIELDS", "figures", "/definitions/figure"),
            new FieldSet("AggregateReaders", "ACHIEVEMENT_FIELDS", "achievements", "/definitions/achievement"),
            new FieldSet("AggregateReaders", "TRAINING_FIELDS", "training", "/definitions/trainingRow"),
            new FieldSet("AggregateReaders", "EVALUATION_FIELDS", "evaluations", "/definitions/evaluation"),
            new FieldSet("AggregateReaders", "COUNT_FIELDS", "evaluations", "/definitions/ratingCount"),
            new FieldSet("AggregateReaders", "RATING_FIELDS", "evaluations", "/definitions/individualRating"));

    /** The files whose top level is one key holding the list of records. */
    private static final List<String> LIST_FILES = List.of("units", "figures", "achievements", "training", "evaluations");

    @Test
    void schemaPropertiesAreExactlyTheLoadersFields() throws Exception {
        for (FieldSet s : FIELD_SETS) {
            JsonNode object = schemaJson(s.kind()).at(s.pointer());
            assertThat(propertiesOf(object)).as("%s.%s vs schema/%s.schema.json#%s", s.owner(), s.field(), s.kind(), s.pointer())
                    .isEqualTo(new TreeSet<>(s.read()));
            JsonNode internal = object.path("properties").path("internal");
            if (!internal.isMissingNode()) {
                JsonNode def = schemaJson(s.kind()).at(refOf(internal).substring(1));
                Set<String> named = new TreeSet<>();
                def.path("anyOf").get(1).path("enum").forEach(v -> named.add(v.asText()));
                assertThat(named).as("fields internal may name in %s#%s", s.kind(), s.pointer()).isEqualTo(new TreeSet<>(s.read()));
            }
        }
        for (String kind : LIST_FILES) {
            assertThat(propertiesOf(schemaJson(kind))).as("top level of %s", kind).containsExactly(kind);
        }
    }

    @Test
    void everyFieldSetOfTheLoaderHasItsSchema() throws IOException, URISyntaxException {
        Path load = Path.of(DatasetLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("vn/luanchuyen/load");
        Set<String> inLoader = new TreeSet<>();
        try (Stream<Path> classes = Files.list(load)) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = c.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName("vn.luanchuyen.load." + name);
                } catch (ClassNotFoundException e) {
                    continue;
                }
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Set.class && f.getName().endsWith("FIELDS")) {
                        inLoader.add(name + "." + f.getName());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        FIELD_SETS.forEach(s -> covered.add(s.owner() + "." + s.field()));
        assertThat(covered).isEqualTo(inLoader);
    }

    @Test
    void everyObjectIsClosedAndEveryPropertyDescribed() throws IOException {
        Set<String> mapped = new HashSet<>();
        FIELD_SETS.forEach(s -> mapped.add(s.kind() + "#" + s.pointer()));
        LIST_FILES.forEach(k -> mapped.add(k + "#"));
        for (String kind : DatasetLoader.KINDS) {
            JsonNode schema = schemaJson(kind);
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
            assertThat(schema.path("description").asText()).isNotBlank();
            List<String> objects = new ArrayList<>();
            objects.add("");
            schema.path("definitions").fieldNames().forEachRemaining(d -> {
                if (schema.path("definitions").path(d).has("properties")) objects.add("/definitions/" + d);
            });
            for (String pointer : objects) {
                JsonNode object = schema.at(pointer);
                assertThat(mapped).as("%s#%s has a loader field set", kind, pointer).contains(kind + "#" + pointer);
                assertThat(object.path("additionalProperties").isBoolean() && !object.path("additionalProperties").asBoolean())
                        .as("%s#%s: additionalProperties false", kind, pointer).isTrue();
                for (String p : propertiesOf(object)) {
                    assertThat(object.path("properties").path(p).path("description").asText())
                            .as("%s#%s/%s: description", kind, pointer, p).isNotBlank();
                }
            }
        }
    }

    // ---- sample data and documented examples ---------------------------------------------

    static Stream<Arguments> sampleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("data"))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .map(p -> Arguments.of(p.toString().replace('\\', '/'))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void sampleFileNamesItsSchemaAndValidates(String file) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("");
        assertNamesItsSchema(file, first);
        assertValid(file, text);
    }

    static Stream<Arguments> documentedExamples() throws IOException {
        String doc = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        for (Matcher m = EXAMPLE.matcher(doc); m.find(); ) out.add(Arguments.of(m.group(1), m.group(2)));
        assertThat(out).hasSizeGreaterThanOrEqualTo(8);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedExamples")
    void documentedExampleNamesItsSchemaAndValidates(String file, String text) throws IOException {
        assertNamesItsSchema(file, text.lines().findFirst().orElse(""));
        assertValid(file, text);
    }

    private static void assertNamesItsSchema(String file, String line) {
        Matcher m = MODELINE.matcher(line);
        assertThat(m.matches()).as("%s: the schema line, # yaml-language-server: $schema=…, got %s", file, line).isTrue();
        Path schema = Path.of(file).getParent().resolve(m.group(1)).normalize();
        assertThat(schema.toString().replace('\\', '/')).as(file).isEqualTo("schema/" + kindOf(file) + ".schema.json");
    }

    // ---- agreement on bad and unusual files --------------------------------------------------

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("unknown field", "field.unknown", "'nam_sinh' is not defined", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        nam_sinh: 1970
                        sources: [s]
                        tenures:
                          - unit: x
                            post: Bí thư
                            held_on: 2022
                        """),
                Arguments.of("unknown field in a tenure", "field.unknown", "$.tenures[0]: property 'ngay' is not defined", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        sources: [s]
                        tenures:
                          - unit: x
                            post: Bí thư
                            held_on: 2022
                            ngay: 2022
                        """),
                Arguments.of("month 13", "date.invalid", "$.tenures[0].from: does not match", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        sources: [s]
                        tenures:
                          - unit: x
                            post: Bí thư
                            from: 2020-13
                        """),
                Arguments.of("date written the Vietnamese way", "date.invalid", "$.date: does not match", "data/sources/s.yaml", """
                        id: s
                        publication: Báo Mẫu
                        title: Bài mẫu
                        date: 5/4/2022
                        """),
                Arguments.of("year out of range", "date.range", "$.date:", "data/sources/s.yaml", """
                        id: s
                        publication: Báo Mẫu
                        title: Bài mẫu
                        date: 1800
                        """),
                Arguments.of("unknown post", "vocab.unknown", "$.tenures[0].post: does not have a value", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        sources: [s]
                        tenures:
                          - unit: x
                            post: Bí thư Chi bộ
                            held_on: 2022
                        """),
                Arguments.of("unknown start kind in a list", "vocab.unknown", "$.tenures[0].began[1]: does not have a value", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Văn A
                        sources: [s]
                        tenures:
                          - unit: x
                            post: Bí thư
                            held_on: 2022
                            began: [luân chuyển, thuyên chuyển]
                        """),
                Arguments.of("unknown unit type", "vocab.unknown", "$.units[0].type: does not have a value", "data/units/t.yaml", """
                        units:
                          - id: t
                            name: T
                            type: làng
                        """),
                Arguments.of("parent and parents", "unit.parent-twice", "$.units[0]: must not be valid", "data/units/t.yaml", """
                        units:
                          - id: t
                            name: T
                            type: xã
                            parent: h
                            parents:
                              - unit: h
                        """),
                Arguments.of("missing name", "field.missing", "required property 'name' not found", "data/cadres/a.yaml", """
                        id: a
                        sources: [s]
                        """),
                Arguments.of("bad id", "id.invalid", "$.id: does not match", "data/programmes/p.yaml", """
                        id: Nghị quyết 02
                        kind: Nghị quyết
                        title: T
                        sources: [s]
                        """),
                Arguments.of("internal names a field the record lacks", "visibility.unknown-field", "$.figures[0].internal[0]: does not have a value", "data/figures/h.yaml", """
                        figures:
                          - id: f
                            indicator: moves
                            value: 3
                            unit: h
                            sources: [s]
                            internal: [ghi_chu]
                        """),
                Arguments.of("not a number", "value.not-number", "$.achievements[0].value:", "data/achievements/h.yaml", """
                        achievements:
                          - id: a
                            unit: h
                            title: T
                            value: 9,5
                            sources: [s]
                        """),
                Arguments.of("not a whole number", "value.not-integer", "$.training[0].learners:", "data/training/h.yaml", """
                        training:
                          - id: t
                            unit: h
                            kind: chuyen-mon
                            learners: 4.106
                            sources: [s]
                        """),
                Arguments.of("not yes or no", "value.not-boolean", "$.evaluations[0].counts[0].or_better:", "data/evaluations/h.yaml", """
                        evaluations:
                          - id: e
                            unit: h
                            month: 2022-07
                            evaluated: 3
                            counts:
                              - rating: tot
                                or_better: maybe
                                count: 3
                            sources: [s]
                        """),
                Arguments.of("bad time", "value.not-time", "$.time: does not match", "data/sources/s.yaml", """
                        id: s
                        publication: Báo Mẫu
                        title: Bài mẫu
                        date: 2022
                        time: "9h10"
                        """),
                Arguments.of("a list where a mapping belongs", "field.type", "$.issuer: array found, object expected", "data/programmes/p.yaml", """
                        id: p
                        kind: Đề án
                        title: T
                        issuer: [h]
                        sources: [s]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void whatTheLoaderRejectsTheSchemaRejects(String what, String code, String where, String file, String yaml)
            throws IOException {
        assertThat(loaderCodes(file, yaml)).as("the loader on %s", what).containsExactly(code);
        assertThat(problems(file, YamlTree.asLoaderReads(yaml))).as("schema, scalars as text: %s", what)
                .anySatisfy(p -> assertThat(p).contains(where));
        assertThat(problems(file, YamlTree.asEditorReads(yaml))).as("schema, typed: %s", what)
                .anySatisfy(p -> assertThat(p).contains(where));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("ids for vocabularies, single values, empty values", "data/cadres/a.yaml", """
                        id: a
                        name: Nguyễn Thị A
                        gender: nu
                        birth_year: 1970
                        hometown:
                        sources: s
                        internal: [hometown]
                        tenures:
                          - unit: x
                            post: chu-tich-ubnd
                            from: 2020
                            to: ~
                            began: luan-chuyen
                            decision:
                              number: "125-QĐ/HU"
                              date: 2020-03-02
                            internal: true
                          - unit: x
                            post: Trưởng phòng
                            department: noi-vu
                            held_on: 2019-12
                            internal: note
                            note: Ghi chú
                        """),
                Arguments.of("a ratio of numbers and a qualifier by id", "data/figures/h.yaml", """
                        figures:
                          - id: f
                            indicator: non-local-bi-thu
                            qualifier: nearly
                            percent: 18.5
                            change: -2
                            unit: h
                            to: ~2022-07
                            sources: [s, t]
                            internal: false
                        """),
                Arguments.of("yes and không for booleans", "data/evaluations/h.yaml", """
                        evaluations:
                          - id: e
                            unit: h
                            month: 2022-07
                            evaluated: 3
                            counts:
                              - rating: tot
                                or_better: yes
                                count: 2
                              - rating: hoàn thành nhiệm vụ
                                or_better: không
                                count: 1
                            ratings:
                              - cadre: a
                                rating: xuat-sac
                            sources: [s]
                        """),
                Arguments.of("a unit with dated parents and events", "data/units/t.yaml", """
                        units:
                          - id: t
                            code: "00123"
                            name: T
                            type: thi-tran
                            parents:
                              - unit: h
                                from: 2000
                                to: 2025-06-30
                            valid_from: 2000-01-01
                            events:
                              - date: 2025-07-01
                                kind: merged-into
                                into: u
                            internal: [code]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void whatTheLoaderAcceptsTheSchemaAccepts(String what, String file, String yaml) throws IOException {
        assertThat(loaderCodes(file, yaml)).as("the loader on %s", what).isEmpty();
        assertValid(file, yaml);
    }

    // ---- helpers ------------------------------------------------------------------------

    private static List<String> loaderCodes(String file, String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        new DatasetLoader(Path.of(".")).parse(file, yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::code).toList();
    }

    private static void assertValid(String file, String yaml) throws IOException {
        assertThat(problems(file, YamlTree.asLoaderReads(yaml))).as("%s, scalars as text", file).isEmpty();
        assertThat(problems(file, YamlTree.asEditorReads(yaml))).as("%s, typed as an editor reads it", file).isEmpty();
    }

    private static List<String> problems(String file, JsonNode tree) throws IOException {
        Set<ValidationMessage> messages = schema(kindOf(file)).validate(tree);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static String kindOf(String file) {
        return file.split("/")[1];
    }

    private static JsonSchema schema(String kind) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaJson(kind));
    }

    private static JsonNode schemaJson(String kind) throws IOException {
        return SchemaVocabularies.read(SchemaVocabularies.DIR.resolve(kind + ".schema.json"));
    }

    private static Set<String> propertiesOf(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String refOf(JsonNode property) {
        for (JsonNode branch : property.path("anyOf")) {
            if (branch.has("$ref")) return branch.get("$ref").asText();
        }
        return property.path("allOf").path(0).path("$ref").asText();
    }
}
