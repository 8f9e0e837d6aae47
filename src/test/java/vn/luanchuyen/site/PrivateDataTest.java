package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.luanchuyen.reuse.Reuse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.text.Fold;

/**
 * Nothing internal reaches the public site. A copy of the sample fills every kind of internal
 * data with a unique marker (birth year, internal fields of a cadre, a tenure, a unit, a figure
 * and a programme, whole internal records, individual ratings); no output file, nor any file
 * name, holds any marker. The internal build of the same copy does show what it may show.
 */
class PrivateDataTest {
    /** Marker texts: each appears in the data only where it is internal. */
    private static final List<String> MARKERS = List.of(
            "1234",                          // birth_year of a cadre (always internal)
            "Quê quán",                      // internal hometown, shown as "Quê quán: …" when public
            "777-QĐ/MẬT",                    // internal decision of a tenure
            "Ghi chú mật QX7",               // internal note of a tenure
            "Chủ tịch HĐND xã Cúc Đường",    // a whole internal tenure
            "Nội Bộ Mật", "noi-bo-mat",      // a whole internal cadre
            "xuất sắc", "không hoàn thành",  // individual ratings (always internal)
            "98765",                         // internal code of a unit
            "Ẩn Mật Hạ", "an-mat-ha",        // a whole internal unit
            "Số liệu mật FZ8",               // internal note of a figure
            "4321", "4.321",                 // a whole internal figure
            "Văn bản mật KP4");              // internal note of a programme
    private static SampleSite publicSite;
    private static SampleSite internalSite;
    private static Path publicOut;
    private static Path internalOut;

    @BeforeAll
    static void build() throws Exception {
        publicSite = withInternalData();
        publicOut = publicSite.build(false);
        internalSite = withInternalData();
        internalOut = internalSite.build(true);
    }

    @AfterAll
    static void clean() throws Exception {
        if (publicSite != null) publicSite.close();
        if (internalSite != null) internalSite.close();
    }

    private static SampleSite withInternalData() throws IOException {
        return SampleSite.copy()
                .write("data/cadres/nguyen-hong-son.yaml", """
                        id: nguyen-hong-son
                        name: Nguyễn Hồng Sơn
                        birth_year: 1234
                        hometown: cuc-duong
                        internal: [hometown]
                        sources: [vo-nhai-2022]
                        tenures:
                          - unit: vo-nhai
                            post: Trưởng phòng
                            department: Tài nguyên và Môi trường
                            to: 2020-03
                          - unit: cuc-duong
                            post: Phó Bí thư Thường trực
                            from: 2020-03
                            to: ~2020-06
                            began: [điều động, luân chuyển]
                            decision:
                              number: "777-QĐ/MẬT"
                              issuer:
                                unit: vo-nhai
                                body: Ban Thường vụ
                            internal: [decision]
                          - unit: cuc-duong
                            post: Bí thư
                            from: ~2020-06
                            held_on: 2022
                            began: bầu
                            note: Ghi chú mật QX7.
                            internal: [note]
                          - unit: cuc-duong
                            post: Chủ tịch HĐND
                            from: ~2020-06
                            held_on: 2022
                            internal: true
                        """)
                .write("data/cadres/noi-bo-mat.yaml", """
                        id: noi-bo-mat
                        name: Nội Bộ Mật
                        internal: true
                        sources: [vo-nhai-2022]
                        tenures:
                          - unit: vo-nhai
                            post: Cán bộ
                            body: Văn phòng UBND
                            held_on: 2022
                        """)
                .replace("data/evaluations/nong-son.yaml", "    basis: [", String.join("\n",
                        "    ratings:",
                        "      - cadre: nguyen-ngoc-hien",
                        "        rating: hoàn thành xuất sắc nhiệm vụ",
                        "      - cadre: noi-bo-mat",
                        "        rating: không hoàn thành nhiệm vụ",
                        "    basis: ["))
                .replace("data/units/thai-nguyen/vo-nhai.yaml", "  - id: trang-xa\n", String.join("\n",
                        "  - id: an-mat-ha",
                        "    name: Ẩn Mật Hạ",
                        "    type: xã",
                        "    parents:",
                        "      - unit: vo-nhai",
                        "        to: 2025-06-30",
                        "    internal: true",
                        "  - id: trang-xa",
                        "    code: \"98765\"",
                        "    internal: [code]",
                        ""))
                .replace("data/figures/vo-nhai.yaml", "figures:\n", """
                        figures:
                          - id: vo-nhai-mat-2022
                            indicator: moves
                            value: 4321
                            unit: vo-nhai
                            to: 2022
                            sources: [vo-nhai-2022]
                            internal: true
                          - id: vo-nhai-ghi-chu-mat-2022
                            indicator: moves-down-per-term
                            value: 3
                            unit: vo-nhai
                            to: 2022
                            note: Số liệu mật FZ8.
                            sources: [vo-nhai-2022]
                            internal: [note]
                        """)
                .replace("data/programmes/vo-nhai-de-an-01.yaml", "sources: [vo-nhai-2022]", """
                        note: Văn bản mật KP4.
                        internal: [note]
                        sources: [vo-nhai-2022]""");
    }

    /** The text of a PDF bulletin, and its metadata, as a reader would extract them. */
    private static String pdfText(Path pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var info = doc.getDocumentInformation();
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc) + " " + info.getTitle() + " " + info.getSubject()
                    + " " + info.getKeywords();
        }
    }

    /** The markers found in a text. */
    private static List<String> leaksIn(String text) {
        String lower = Fold.nfc(text).toLowerCase(Locale.ROOT);
        String folded = Fold.key(text);
        return MARKERS.stream().filter(marker -> lower.contains(marker.toLowerCase(Locale.ROOT))
                || (!Fold.key(marker).matches("[0-9 ]+") && folded.contains(Fold.key(marker)))).toList();
    }

    /** Every marker found in a file or a file name (the text of PDFs too), as "file: marker". */
    private static List<String> leaks(Path out) throws IOException {
        List<String> found = new ArrayList<>();
        for (String file : SampleSite.files(out)) {
            // build records, checked below: fingerprints (hexadecimal, where a numeric marker may occur by chance),
            // paths, and the article headers that the article pages show
            if (file.startsWith(".luanchuyen/")) continue;
            String text = file.endsWith(".pdf") ? pdfText(out.resolve(file))
                    : new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.UTF_8);
            List<String> inText = leaksIn(text);
            for (String marker : MARKERS) {
                if (inText.contains(marker) || Fold.nfc(file).toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT))) {
                    found.add(file + ": " + marker);
                }
            }
        }
        return found;
    }

    @Test
    void noInternalMarkerInAnyPublicFile() throws IOException {
        List<String> files = SampleSite.files(publicOut);
        assertThat(files).contains("index.html", "search-index.json", "sitemap.xml", "feed.xml", "robots.txt",
                "can-bo/nguyen-hong-son/index.html", "don-vi/trang-xa/index.html", "thay-doi/feed.xml", "bulletins/vo-nhai-2021.pdf");
        List<String> leaks = leaks(publicOut);
        assertThat(leaks).as("internal data in the public site:%n%s", String.join("\n", leaks)).isEmpty();
    }

    /** The build manifest holds no text from data: a header, then a fingerprint and the path of a file of the site per line. */
    @Test
    void theBuildManifestHoldsOnlyFingerprintsAndPaths() throws IOException {
        List<String> lines = Files.readAllLines(publicOut.resolve(Reuse.MANIFEST), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("# luanchuyen build manifest, format 2, public");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> {
            assertThat(line).matches("[0-9a-f]{32}\t[a-z0-9./-]+");
            assertThat(publicOut.resolve(line.substring(33))).isRegularFile();
        });
    }

    /** The record of the baked articles holds their fingerprint, file names and the header fields their public pages show. */
    @Test
    void theArticlesRecordHoldsOnlyWhatTheArticlePagesShow() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(publicOut.resolve(".luanchuyen/articles.json").toFile());
        assertThat(json.path("content").asText()).matches("[0-9a-f]{32}");
        json.path("files").forEach(f -> assertThat(publicOut.resolve(f.asText())).isRegularFile());
        assertThat(json.path("articles")).hasSize(4);
        for (var a : json.path("articles")) {
            String page = new String(Files.readAllBytes(publicOut.resolve(a.path("uri").asText())), StandardCharsets.UTF_8);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page);
            assertThat(doc.selectFirst("h1").text()).isEqualTo(a.path("title").asText());
            assertThat(doc.text()).contains(a.path("summary").asText());
        }
        assertThat(leaksIn(Files.readString(publicOut.resolve(".luanchuyen/articles.json"), StandardCharsets.UTF_8)
                .replaceAll("\"content\" : \"[0-9a-f]{32}\"", ""))).isEmpty();
    }

    @Test
    void theInternalHometownDoesNotDecideLocalityInPublic() {
        Document unit = SampleSite.parse(publicOut.resolve("don-vi/cuc-duong/index.html"));
        assertThat(unit.select("#lanh-dao ~ table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Nguyễn Hồng Sơn").endsWith("chưa rõ"));
        Document internal = SampleSite.parse(internalOut.resolve("don-vi/cuc-duong/index.html"));
        assertThat(internal.select("#lanh-dao ~ table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Nguyễn Hồng Sơn").endsWith("người địa phương"));
    }

    /** The control: the markers are real, since the internal build shows those a page can show. */
    @Test
    void theInternalBuildShowsInternalData() throws IOException {
        List<String> shown = leaks(internalOut);
        assertThat(shown).anySatisfy(l -> assertThat(l).endsWith(": Nội Bộ Mật"));
        assertThat(shown).contains("can-bo/noi-bo-mat/index.html: Nội Bộ Mật",
                "can-bo/nguyen-hong-son/index.html: Quê quán",
                "can-bo/nguyen-hong-son/index.html: 777-QĐ/MẬT",
                "can-bo/nguyen-hong-son/index.html: Ghi chú mật QX7",
                "can-bo/nguyen-hong-son/index.html: Chủ tịch HĐND xã Cúc Đường",
                "don-vi/an-mat-ha/index.html: Ẩn Mật Hạ",
                "don-vi/vo-nhai/index.html: Số liệu mật FZ8",
                "don-vi/vo-nhai/index.html: 4.321",
                "van-ban/vo-nhai-de-an-01/index.html: Văn bản mật KP4");
    }
}
