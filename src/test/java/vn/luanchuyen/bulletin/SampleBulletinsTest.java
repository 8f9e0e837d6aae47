package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.luanchuyen.model.Dataset;

/** The bulletins of the sample data, read back from the PDF files. */
class SampleBulletinsTest {
    private static Dataset data;
    private static BulletinWriter writer;
    private static final Map<String, byte[]> PDFS = new java.util.HashMap<>();

    @BeforeAll
    static void render() {
        data = SampleProject.publicData();
        writer = new BulletinWriter(SampleProject.ROOT, false);
    }

    static Stream<String> bulletins() {
        return new BulletinCatalog().specs(SampleProject.publicData()).stream().map(BulletinSpec::fileName);
    }

    private static BulletinSpec spec(String fileName) {
        return new BulletinCatalog().specs(data).stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private static byte[] pdf(String fileName) {
        return PDFS.computeIfAbsent(fileName, f -> writer.render(spec(f), data));
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void isValidPdfA3uAndPdfUa1(String fileName) throws Exception {
        byte[] pdf = pdf(fileName);
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void printsTheHeadlineLeadAndEveryCadreParagraphAsComposed(String fileName) throws Exception {
        Document xhtml = XhtmlDocument.parse(writer.xhtml(spec(fileName), data));
        String text = PdfChecks.text(pdf(fileName));
        List<String> composed = new ArrayList<>();
        composed.add(textOf(xhtml, "h1", null).get(0));
        composed.addAll(textOf(xhtml, "p", "sapo"));
        composed.addAll(textOf(xhtml, "p", "cadre"));
        composed.addAll(textOf(xhtml, "p", "dateline"));
        assertThat(composed).allSatisfy(t -> assertThat(text).contains(t));
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void marksEveryPageWithTheTitleAndTrangXOfY(String fileName) throws Exception {
        byte[] pdf = pdf(fileName);
        int pages = PdfChecks.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfChecks.pageText(pdf, page)).contains(spec(fileName).title(), "Trang " + page + " / " + pages)
                    .doesNotContain("NỘI BỘ");
        }
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void givesTheSameBytesEveryTime(String fileName) {
        assertThat(writer.render(spec(fileName), data)).isEqualTo(pdf(fileName));
    }

    @ParameterizedTest
    @MethodSource("bulletins")
    void carriesItsMetadataAndADateFromTheData(String fileName) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(fileName))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(spec(fileName).title());
            assertThat(info.getAuthor()).isEqualTo("Ban Biên tập");
            assertThat(info.getSubject()).startsWith("Bản tin Xây dựng Đảng: luân chuyển cán bộ ở ");
            assertThat(info.getKeywords()).startsWith("luân chuyển cán bộ, điều động, ");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
            assertThat(doc.getDocument().getDocumentID()).isNotNull();
            assertThat(PdfChecks.bookmarks(pdf(fileName))).first().isEqualTo(spec(fileName).title());
        }
    }

    @Test
    void givesEachBulletinADocumentIdOfItsOwn() throws IOException {
        Map<String, String> ids = new java.util.TreeMap<>();
        for (String fileName : bulletins().toList()) {
            try (PDDocument doc = Loader.loadPDF(pdf(fileName))) {
                org.apache.pdfbox.cos.COSArray id = doc.getDocument().getDocumentID();
                assertThat(id.size()).isEqualTo(2);
                byte[] first = ((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes();
                assertThat(first).hasSize(16).isEqualTo(((org.apache.pdfbox.cos.COSString) id.getObject(1)).getBytes());
                ids.put(fileName, java.util.HexFormat.of().formatHex(first));
            }
        }
        assertThat(ids).hasSize(12);
        assertThat(new java.util.HashSet<>(ids.values())).as("one id per bulletin: %s", ids).hasSize(ids.size());
    }

    @Test
    void composesTheVoNhai2020BulletinFromItsOneMove() throws IOException {
        byte[] pdf = pdf("vo-nhai-2020.pdf");
        assertThat(PdfChecks.text(pdf)).contains(
                "XÂY DỰNG ĐẢNG",
                "Võ Nhai: 1 lượt cán bộ được điều động, luân chuyển về cơ sở trong năm 2020",
                "Tháng 3/2020 | Ban Biên tập",
                "Đồng chí Nguyễn Hồng Sơn, nguyên Trưởng phòng Tài nguyên và Môi trường huyện Võ Nhai, được Ban Thường vụ "
                        + "Huyện ủy Võ Nhai điều động, luân chuyển về xã, giữ chức vụ Phó Bí thư Thường trực Đảng ủy xã Cúc Đường "
                        + "từ tháng 3/2020. Khoảng tháng 6/2020, đồng chí Sơn được bầu làm Bí thư Đảng ủy xã Cúc Đường.",
                "Báo Thái Nguyên, “Luân chuyển cán bộ để gần bản, sát dân”, năm 2022.");
        assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
    }

    @Test
    void printsVietnameseNumbersAndTheWeekdayDateline() throws IOException {
        String text = PdfChecks.text(pdf("lap-thach-2022.pdf"));
        assertThat(text).contains("Thứ Hai, 04/07/2022",
                "Lập Thạch: 35% đơn vị cấp xã có Bí thư không là người địa phương, đạt mục tiêu 30%",
                "Tỷ lệ cán bộ trẻ trong quy hoạch: 18,5%, tăng 5,8 điểm phần trăm so với nhiệm kỳ trước",
                "gần 90%", "7/20 (35%)");
        assertThat(PdfChecks.text(pdf("lap-thach-2021.pdf"))).contains("10.898 học viên", "4.106 học viên", "4.437 học viên");
    }

    @Test
    void bookmarksTheSections() throws IOException {
        assertThat(PdfChecks.bookmarks(pdf("vo-nhai-2021.pdf"))).containsExactly(
                "Luân chuyển cán bộ ở huyện Võ Nhai năm 2021", "Về cơ sở", "Từ cơ sở về cấp trên", "Văn bản làm căn cứ",
                "Mục tiêu và kết quả", "Bảng các lượt điều động, luân chuyển", "Thời gian tới", "Nguồn");
    }

    @Test
    void fitsTheSampleOnOneOrTwoA4Pages() throws IOException {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("gia-nghia-2020.pdf", 1), Map.entry("gia-nghia-2021.pdf", 2),
                Map.entry("gia-nghia-2022.pdf", 2), Map.entry("lap-thach-2021.pdf", 2), Map.entry("lap-thach-2022.pdf", 2),
                Map.entry("nong-son-2022.pdf", 2), Map.entry("tam-duong-2017.pdf", 1), Map.entry("tam-duong-2019.pdf", 2),
                Map.entry("tam-duong-nghi-quyet-02-so-ket.pdf", 2), Map.entry("vo-nhai-2020.pdf", 1),
                Map.entry("vo-nhai-2021.pdf", 2), Map.entry("vo-nhai-2022.pdf", 2));
        for (String name : bulletins().toList()) {
            assertThat(PdfChecks.pages(pdf(name))).as(name).isEqualTo(expected.get(name));
            try (PDDocument doc = Loader.loadPDF(pdf(name))) {
                var box = doc.getPage(0).getMediaBox();
                assertThat(Math.round(box.getWidth() / 72 * 25.4)).as("A4 width, mm").isEqualTo(210);
                assertThat(Math.round(box.getHeight() / 72 * 25.4)).as("A4 height, mm").isEqualTo(297);
            }
        }
    }

    @Test
    void datesTheDocumentOnTheLastRecordOfThePeriod() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf("gia-nghia-2022.pdf"))) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH)))
                    .containsExactly(2022, 11, 24);
        }
        assertThat(PdfChecks.text(pdf("gia-nghia-2022.pdf"))).contains("Thứ Năm, 24/11/2022");
    }

    private static List<String> textOf(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagNameNS(XhtmlDocument.XHTML_NS, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cls == null || e.getAttribute("class").equals(cls)) out.add(PdfChecks.oneLine(e.getTextContent()));
        }
        return out;
    }
}
