package vn.luanchuyen.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;

/** The property-list dictionary of our pages answers "is it there?" as a plain dictionary would. */
class IndexedPropertyPagesTest {

    @Test
    void answersLikeAPlainDictionaryThroughAdditionsReplacementsRemovalsAndClearing() {
        Random random = new Random(7);
        List<COSBase> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) pool.add(new COSDictionary());
        for (int i = 0; i < 4; i++) pool.add(COSInteger.get(i)); // equal by value, not only by identity
        pool.add(COSInteger.get(1));
        COSDictionary plain = new COSDictionary();
        COSDictionary indexed = new IndexedPropertyPages.IndexedDictionary();
        for (int step = 0; step < 2_000; step++) {
            COSName key = COSName.getPDFName("P" + random.nextInt(10));
            int op = random.nextInt(20);
            if (op < 14) {
                COSBase value = pool.get(random.nextInt(pool.size()));
                plain.setItem(key, value);
                indexed.setItem(key, value);
            } else if (op < 17) {
                plain.removeItem(key);
                indexed.removeItem(key);
            } else if (op < 18) {
                plain.setItem(key, (COSBase) null);
                indexed.setItem(key, (COSBase) null);
            } else if (op < 19) {
                COSDictionary more = new COSDictionary();
                more.setItem(key, pool.get(random.nextInt(pool.size())));
                plain.addAll(more);
                indexed.addAll(more);
            } else {
                plain.clear();
                indexed.clear();
            }
            for (COSBase value : pool) {
                assertThat(indexed.containsValue(value)).as("step %d, %s", step, value).isEqualTo(plain.containsValue(value));
            }
        }
    }

    @Test
    void pagesFileEachMarkedContentListOnceUnderItsOwnName() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new IndexedPropertyPages().requestPage(doc, 595, 842, 0, -1);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                for (int mcid = 0; mcid < 300; mcid++) {
                    // an artifact's list, as the renderer makes for every box it paints (PDFBox
                    // writes a list of an MCID alone into the content instead)
                    COSDictionary props = new COSDictionary();
                    props.setName(COSName.TYPE, "Pagination");
                    props.setInt(COSName.MCID, mcid);
                    cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
                    cs.endMarkedContent();
                }
            }
            PDResources resources = page.getResources();
            List<Integer> mcids = new ArrayList<>();
            for (COSName name : resources.getPropertiesNames()) {
                mcids.add(((COSDictionary) resources.getProperties(name).getCOSObject()).getInt(COSName.MCID));
            }
            assertThat(mcids).hasSize(300).doesNotHaveDuplicates();
            assertThat(resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES))
                    .isInstanceOf(IndexedPropertyPages.IndexedDictionary.class);
        }
    }

    @Test
    void savedPropertyListsSitInsideTheirPageNotAsObjectsOfTheirOwn() throws Exception {
        byte[] saved = savedPage((doc, cs) -> {
            for (int i = 0; i < 300; i++) {
                // a background artifact's list, as the renderer makes for every box it paints
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.TYPE, COSName.BACKGROUND);
                props.setItem(COSName.BBOX, new PDRectangle(10, i, 100, 1));
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
                cs.endMarkedContent();
            }
        });
        try (PDDocument doc = Loader.loadPDF(saved)) {
            COSDictionary properties = properties(doc);
            assertThat(properties.size()).isEqualTo(300);
            for (COSName name : properties.keySet()) {
                assertThat(properties.getItem(name)).as("list %s", name.getName()).isInstanceOf(COSDictionary.class);
                assertThat(((COSDictionary) properties.getItem(name)).getCOSName(COSName.TYPE)).isEqualTo(COSName.BACKGROUND);
            }
            assertThat(doc.getDocument().getXrefTable()).as("objects in the file").hasSizeLessThan(20);
        }
    }

    @Test
    void anOptionalContentGroupStaysTheObjectTheCatalogListsToo() throws Exception {
        byte[] saved = savedPage((doc, cs) -> {
            PDOptionalContentGroup layer = new PDOptionalContentGroup("Lớp ghi chú");
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            layers.addGroup(layer);
            doc.getDocumentCatalog().setOCProperties(layers);
            cs.beginMarkedContent(COSName.OC, layer);
            cs.endMarkedContent();
        });
        try (PDDocument doc = Loader.loadPDF(saved)) {
            COSDictionary properties = properties(doc);
            COSName name = properties.keySet().iterator().next();
            COSBase inPage = properties.getItem(name);
            assertThat(inPage).as("a reference, not a copy").isInstanceOf(COSObject.class);
            COSBase inCatalog = doc.getDocumentCatalog().getOCProperties().getCOSObject().getCOSArray(COSName.OCGS).get(0);
            assertThat(((COSObject) inPage).getKey()).isEqualTo(((COSObject) inCatalog).getKey());
        }
    }

    /** What a test writes on the one page of a document made with our pages. */
    private interface PageContent {
        void write(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    /** A one-page document made with our pages, {@code content} written on it, saved. */
    private static byte[] savedPage(PageContent content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new IndexedPropertyPages().requestPage(doc, 595, 842, 0, -1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.write(doc, cs);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The first page's property-list dictionary, as read back from the file. */
    private static COSDictionary properties(PDDocument doc) {
        return doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
    }
}
