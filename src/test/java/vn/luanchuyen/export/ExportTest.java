package vn.luanchuyen.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.cli.Main;

/** {@code export}: the sample data as Popolo JSON and as CSV, read back; internal data stays out of public exports. */
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void popoloHasNguyenHongSonsThreeMembershipsWithDatesAndReasons(@TempDir Path dir) throws IOException {
        JsonNode popolo = JSON.readTree(export(Path.of("."), dir, "popolo"));

        JsonNode person = only(popolo.get("persons"), "id", "nguyen-hong-son");
        assertThat(person.get("name").asText()).isEqualTo("Nguyễn Hồng Sơn");
        assertThat(person.get("family_name").asText()).isEqualTo("Nguyễn");
        assertThat(person.get("given_name").asText()).isEqualTo("Sơn");
        assertThat(person.at("/sources/0/note").asText()).contains("Báo Thái Nguyên");

        List<JsonNode> held = all(popolo.get("memberships"), "person_id", "nguyen-hong-son");
        assertThat(held).hasSize(3);
        JsonNode head = held.get(0);
        assertThat(head.get("post_id").asText()).isEqualTo("vo-nhai/phong/tai-nguyen-moi-truong/truong-phong");
        assertThat(head.get("label").asText()).isEqualTo("Trưởng phòng Tài nguyên và Môi trường huyện Võ Nhai");
        assertThat(head.has("start_date")).isFalse();
        assertThat(head.get("end_date").asText()).isEqualTo("2020-03");
        assertThat(head.get("end_reason").asText()).isEqualTo("điều động, luân chuyển");

        JsonNode deputy = held.get(1);
        assertThat(deputy.get("organization_id").asText()).isEqualTo("cuc-duong/cap-uy");
        assertThat(deputy.get("role").asText()).isEqualTo("Phó Bí thư Thường trực");
        assertThat(deputy.get("label").asText()).isEqualTo("Phó Bí thư Thường trực Đảng ủy xã Cúc Đường");
        assertThat(deputy.get("start_date").asText()).isEqualTo("2020-03");
        assertThat(deputy.get("end_date").asText()).isEqualTo("2020-06");
        assertThat(deputy.get("end_date_approximate").asBoolean()).isTrue();
        assertThat(deputy.get("start_reason").asText()).isEqualTo("điều động, luân chuyển");
        assertThat(deputy.has("end_reason")).as("the next post began by election, not a move").isFalse();

        JsonNode secretary = held.get(2);
        assertThat(secretary.get("post_id").asText()).isEqualTo("cuc-duong/cap-uy/bi-thu");
        assertThat(secretary.get("start_date").asText()).isEqualTo("2020-06");
        assertThat(secretary.get("start_date_approximate").asBoolean()).isTrue();
        assertThat(secretary.get("start_reason").asText()).isEqualTo("bầu");
        assertThat(secretary.get("held_on").asText()).isEqualTo("2022");
        assertThat(secretary.has("end_date")).isFalse();

        JsonNode committee = only(popolo.get("organizations"), "id", "cuc-duong/cap-uy");
        assertThat(committee.get("name").asText()).isEqualTo("Đảng ủy xã Cúc Đường");
        assertThat(committee.get("area_id").asText()).isEqualTo("cuc-duong");
        JsonNode commune = only(popolo.get("areas"), "id", "cuc-duong");
        assertThat(commune.get("classification").asText()).isEqualTo("xã");
        assertThat(commune.get("parent_id").asText()).isEqualTo("vo-nhai");
        assertThat(commune.at("/parents/0/end_date").asText()).isEqualTo("2025-06-30");
        assertThat(only(popolo.get("areas"), "id", "vo-nhai").get("valid_to").asText()).isEqualTo("2025-06-30");
    }

    @Test
    void popoloReferencesResolveAndIdentifiersAreStrings(@TempDir Path dir) throws IOException {
        JsonNode popolo = JSON.readTree(export(Path.of("."), dir, "popolo"));
        Set<String> persons = ids(popolo.get("persons"));
        Set<String> organizations = ids(popolo.get("organizations"));
        Set<String> posts = ids(popolo.get("posts"));
        Set<String> areas = ids(popolo.get("areas"));
        int tenures = Checked.of(Path.of(".")).data().cadres().stream().mapToInt(c -> c.tenures().size()).sum();
        assertThat(popolo.get("memberships")).hasSize(tenures);
        for (JsonNode m : popolo.get("memberships")) {
            assertThat(persons).contains(m.get("person_id").asText());
            assertThat(organizations).contains(m.get("organization_id").asText());
            assertThat(posts).contains(m.get("post_id").asText());
            assertThat(areas).contains(m.get("area_id").asText());
        }
        for (JsonNode o : popolo.get("organizations")) {
            assertThat(areas).contains(o.get("area_id").asText());
            if (o.has("parent_id")) assertThat(organizations).contains(o.get("parent_id").asText());
        }
        for (JsonNode a : popolo.get("areas")) {
            if (a.has("parent_id")) assertThat(areas).contains(a.get("parent_id").asText());
        }
        popolo.findValues("identifier").forEach(v -> assertThat(v.isTextual()).isTrue());
        popolo.findValues("id").forEach(v -> assertThat(v.isTextual()).isTrue());
    }

    @Test
    void exportsAreDeterministic(@TempDir Path dir) throws IOException {
        assertThat(export(Path.of("."), dir.resolve("a"), "popolo")).isEqualTo(export(Path.of("."), dir.resolve("b"), "popolo"));
        assertThat(export(Path.of("."), dir.resolve("a"), "csv")).isEqualTo(export(Path.of("."), dir.resolve("b"), "csv"));
    }

    @Test
    void csvStartsWithTheBomAndHasOneRowPerTenure(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("can-bo.csv");
        assertThat(Main.run("export", "--format", "csv", "--out", file.toString())).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> rows = csv(text);
        assertThat(rows.get(0).toList()).containsExactlyElementsOf(CsvExport.HEADINGS);
        int tenures = Checked.of(Path.of(".")).data().cadres().stream().mapToInt(c -> c.tenures().size()).sum();
        assertThat(rows).hasSize(tenures + 1);
        List<List<String>> son = rows.stream().filter(r -> r.get(0).equals("nguyen-hong-son"))
                .map(r -> List.of(r.get(1), r.get(4), r.get(9), r.get(10), r.get(11), r.get(12), r.get(13), r.get(15)))
                .toList();
        assertThat(son).containsExactly(
                List.of("Nguyễn Hồng Sơn", "Trưởng phòng", "huyện Võ Nhai", "", "", "2020-03", "", ""),
                List.of("Nguyễn Hồng Sơn", "Phó Bí thư Thường trực", "xã Cúc Đường", "2020-03", "", "2020-06", "có", "điều động, luân chuyển"),
                List.of("Nguyễn Hồng Sơn", "Bí thư", "xã Cúc Đường", "2020-06", "có", "", "", "bầu"));
    }

    @Test
    void internalDataNeverReachesThePublicExport(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("p");
        new TestProject(project).withBase()
                .write("data/cadres/nguyen-van-an.yaml", """
                        id: nguyen-van-an
                        name: Nguyễn Văn An
                        birth_year: 1971
                        hometown: xa-d
                        internal: [hometown]
                        sources: [bao-mau]
                        tenures:
                          - unit: huyen-b
                            post: Chánh Văn phòng
                            to: 2020-03
                            note: GHICHUNOIBO vì sức khỏe
                            internal: [note]
                          - unit: xa-c
                            post: Bí thư
                            from: 2020-03
                            began: luân chuyển
                          - unit: xa-d
                            post: Phó Chủ tịch UBND
                            from: 2018
                            to: 2019
                            note: CHUCVUNOIBO
                            internal: true
                        """)
                .write("data/cadres/tran-thi-kin.yaml", """
                        id: tran-thi-kin
                        name: Trần Thị KÍNĐÁO
                        internal: true
                        sources: [bao-mau]
                        tenures:
                          - unit: xa-d
                            post: Bí thư
                            held_on: 2022
                        """);
        assertThat(new TestProject(project).lines()).isEmpty();
        for (String format : List.of("popolo", "csv")) {
            String exported = export(project, dir.resolve("public"), format);
            assertThat(exported).as(format).contains("Nguyễn Văn An", "Bí thư")
                    .doesNotContain("GHICHUNOIBO", "CHUCVUNOIBO", "KÍNĐÁO", "tran-thi-kin", "1971");
            String internal = export(project, dir.resolve("internal"), format, "--internal");
            assertThat(internal).as(format).contains("GHICHUNOIBO", "CHUCVUNOIBO", "KÍNĐÁO", "1971");
        }
        List<CSVRecord> publicRows = csv(export(project, dir.resolve("public"), "csv"));
        assertThat(publicRows).hasSize(3);
        assertThat(publicRows.get(0).toList()).doesNotContain("Năm sinh");
        assertThat(publicRows.get(0).get(3)).isEqualTo("Quê quán");
        assertThat(publicRows.get(1).get(3)).as("hometown, marked internal").isEmpty();
        List<CSVRecord> internalRows = csv(export(project, dir.resolve("internal"), "csv", "--internal"));
        assertThat(internalRows).hasSize(5);
        assertThat(internalRows.get(0).get(3)).isEqualTo("Năm sinh");
        assertThat(internalRows.get(1).get(4)).isEqualTo("xa-d");
    }

    @Test
    void refusesDataWithErrors(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("p");
        new TestProject(project).withBase().write("data/cadres/a.yaml", """
                id: a
                name: A
                sources: [bao-mau]
                tenures:
                  - unit: khong-co
                    post: Bí thư
                    held_on: 2022
                """);
        Path out = dir.resolve("x.json");
        assertThat(Main.run("export", "--format", "popolo", "--project", project.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
    }

    private static String export(Path project, Path dir, String format, String... more) throws IOException {
        Files.createDirectories(dir);
        Path out = dir.resolve("export." + (format.equals("csv") ? "csv" : "json"));
        List<String> args = new ArrayList<>(List.of("export", "--format", format, "--project", project.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        assertThat(Main.run(args.toArray(String[]::new))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> found = all(array, field, value);
        assertThat(found).as("%s = %s", field, value).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> all(JsonNode array, String field, String value) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.path(field).asText().equals(value)) out.add(n);
        });
        return out;
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
