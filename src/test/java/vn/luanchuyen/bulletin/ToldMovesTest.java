package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.publish.Redactor;

/**
 * A district-year of generated data has far more moves than a bulletin tells in paragraphs
 * ({@code moves.told} in bulletin.properties): it tells those to the grassroots first, then those
 * from it, then the lateral ones; each direction says how many only the table lists; the table
 * lists every move. Read from the XHTML each bulletin is rendered from.
 */
class ToldMovesTest {
    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})*) lượt");
    private static TestProject project;
    private static Dataset data;
    private static BulletinSpec busiest;

    @BeforeAll
    static void generate() throws IOException {
        project = TestProject.generated(30);
        data = new Redactor().publicView(SampleProject.data(project));
        BulletinWriter writer = new BulletinWriter(project.root(), false);
        busiest = new BulletinCatalog().specs(data).stream()
                .max(Comparator.comparingInt((BulletinSpec s) -> rows(parse(writer, s)).size()).thenComparing(BulletinSpec::fileName))
                .orElseThrow();
    }

    @AfterAll
    static void close() throws IOException {
        project.close();
    }

    @Test
    void tellsTheSetNumberGrassrootsFirstAndCountsTheRestOfEachDirection() {
        Document doc = parse(new BulletinWriter(project.root(), false), busiest);
        List<String> rows = rows(doc);
        assertThat(rows).as("moves in the table of %s", busiest.fileName()).hasSizeGreaterThan(BulletinConfig.TOLD_MOVES);

        Map<String, Integer> inTable = new TreeMap<>();
        rows.forEach(d -> inTable.merge(d, 1, Integer::sum));
        Map<String, Group> groups = groups(doc);
        assertThat(groups.values().stream().mapToInt(g -> g.told).sum()).isEqualTo(BulletinConfig.TOLD_MOVES);

        int left = BulletinConfig.TOLD_MOVES;
        for (Direction d : Direction.values()) {
            int total = inTable.getOrDefault(d.label(), 0);
            if (total == 0) {
                assertThat(groups).doesNotContainKey(d.name().toLowerCase());
                continue;
            }
            Group g = groups.get(d.name().toLowerCase());
            assertThat(g).as("group %s", d).isNotNull();
            assertThat(g.told).as("paragraphs on moves %s", d.label()).isEqualTo(Math.min(total, left));
            assertThat(g.told + g.onlyInTable).as("told and counted %s", d.label()).isEqualTo(total);
            left -= g.told;
        }
        assertThat(text(doc, "p", "sapo")).contains(BulletinConfig.TOLD_MOVES + " trong số " + rows.size() + " lượt điều động, luân chuyển");
    }

    @Test
    void aLongTableIsNotKeptWholeRepeatsItsHeadOnEveryPageAndPassesPdfAAndUa() throws Exception {
        BulletinWriter writer = new BulletinWriter(project.root(), false);
        Document doc = parse(writer, busiest);
        Element table = movesTable(doc);
        assertThat(rows(doc)).hasSizeGreaterThan(20);
        assertThat(((Element) table.getParentNode()).getAttribute("class"))
                .as("a table of more rows than a page holds is not kept whole, which lays it out twice").isEmpty();

        byte[] pdf = writer.render(busiest, data);
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        int pages = PdfChecks.pages(pdf);
        int first = 1;
        while (first <= pages && !PdfChecks.pageText(pdf, first).contains("Các lượt điều động, luân chuyển")) first++;
        int after = first;
        while (after <= pages && !PdfChecks.pageText(pdf, after).contains("Thời gian tới")) after++;
        assertThat(after - first).as("pages the table of %s runs over, from page %d", busiest.fileName(), first).isGreaterThanOrEqualTo(1);
        for (int page = first; page <= Math.min(after, pages); page++) {
            assertThat(PdfChecks.pageText(pdf, page)).as("page %d", page).contains("Thời gian Cán bộ Chức vụ trước đó Chức vụ mới Hình thức Hướng");
        }
    }

    @Test
    void toldNoneEveryDirectionCountsAllItsMoves() throws IOException {
        withToldMoves("0", () -> {
            Document doc = parse(new BulletinWriter(project.root(), false), busiest);
            Map<String, Group> groups = groups(doc);
            assertThat(groups).isNotEmpty();
            assertThat(groups.values()).allSatisfy(g -> assertThat(g.told).isZero());
            assertThat(groups.values().stream().mapToInt(g -> g.onlyInTable).sum()).isEqualTo(rows(doc).size());
        });
    }

    @Test
    void aNumberThatIsNotOneIsRefusedNamingTheFileAndKey() throws IOException {
        withToldMoves("mười hai", () -> assertThatThrownBy(() -> new BulletinWriter(project.root(), false))
                .isInstanceOf(BulletinException.class)
                .hasMessageContaining("bulletin.properties").hasMessageContaining("moves.told").hasMessageContaining("mười hai"));
    }

    /** Runs {@code check} with {@code moves.told} set to {@code value} in the project's bulletin.properties, then puts it back. */
    private static void withToldMoves(String value, Runnable check) throws IOException {
        Path properties = project.root().resolve("templates/bulletin/bulletin.properties");
        String before = Files.readString(properties, StandardCharsets.UTF_8);
        try {
            Files.writeString(properties, before.replaceAll("moves\\.told = \\d+", "moves.told = " + value), StandardCharsets.UTF_8);
            check.run();
        } finally {
            Files.writeString(properties, before, StandardCharsets.UTF_8);
        }
    }

    /** Paragraphs told and moves said to be only in the table, per direction, in document order. */
    private static final class Group {
        int told;
        int onlyInTable;
    }

    private static Map<String, Group> groups(Document doc) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Group current = null;
        NodeList all = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getLocalName().equals("h2")) {
                String id = e.getAttribute("id");
                current = id.startsWith("dieu-dong-") ? groups.computeIfAbsent(id.substring("dieu-dong-".length()), k -> new Group()) : null;
            } else if (current != null && e.getLocalName().equals("p") && e.getAttribute("class").equals("cadre")) {
                current.told++;
            } else if (current != null && e.getLocalName().equals("p") && e.getAttribute("class").equals("more")) {
                Matcher m = COUNT.matcher(e.getTextContent());
                assertThat(m.find()).as("a count in \"%s\"", e.getTextContent()).isTrue();
                current.onlyInTable += Integer.parseInt(m.group(1).replace(".", ""));
            }
        }
        return groups;
    }

    private static Element movesTable(Document doc) {
        NodeList tables = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (t.getAttribute("class").equals("moves")) return t;
        }
        throw new AssertionError("no table of moves");
    }

    /** The direction cell of every row of the table of moves. */
    private static List<String> rows(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList tables = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (!t.getAttribute("class").equals("moves")) continue;
            NodeList trs = t.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "tr");
            for (int r = 0; r < trs.getLength(); r++) {
                NodeList tds = ((Element) trs.item(r)).getElementsByTagNameNS(XhtmlDocument.XHTML_NS, "td");
                if (tds.getLength() > 0) out.add(tds.item(tds.getLength() - 1).getTextContent().strip());
            }
        }
        return out;
    }

    private static String text(Document doc, String tag, String cls) {
        NodeList found = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, tag);
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            if (e.getAttribute("class").equals(cls)) return e.getTextContent();
        }
        throw new AssertionError("no " + tag + "." + cls);
    }

    private static Document parse(BulletinWriter writer, BulletinSpec spec) {
        return XhtmlDocument.parse(writer.xhtml(spec, data));
    }
}
