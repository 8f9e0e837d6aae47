package vn.luanchuyen.bulletin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes a rendered document reproducible: the creation and modification dates (in the document
 * information and in the XMP metadata, which PDF/A requires to agree) become the bulletin's date
 * from the data instead of the clock, and the document ID is derived from the content.
 */
final class PdfFinisher {
    private static final String XMP_BASIC = "http://ns.adobe.com/xap/1.0/";

    private PdfFinisher() {
    }

    static void finish(PDDocument doc, LocalDate dated, byte[] id) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        when.clear();
        when.set(dated.getYear(), dated.getMonthValue() - 1, dated.getDayOfMonth(), 0, 0, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) metadata.importXMPMetadata(xmpWithDate(metadata.toByteArray(), dated + "T00:00:00Z"));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The XMP packet with its xmp: dates (CreateDate, ModifyDate, added when missing) set to {@code iso}. */
    static byte[] xmpWithDate(byte[] xmp, String iso) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
            NodeList all = d.getElementsByTagNameNS("*", "*");
            boolean modified = d.getElementsByTagNameNS(XMP_BASIC, "ModifyDate").getLength() > 0;
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (XMP_BASIC.equals(e.getNamespaceURI()) && e.getLocalName().endsWith("Date")) e.setTextContent(iso);
                if (!modified && XMP_BASIC.equals(e.getNamespaceURI()) && e.getLocalName().equals("CreateDate")) {
                    Element modify = d.createElementNS(XMP_BASIC, e.getPrefix() + ":ModifyDate");
                    modify.setTextContent(iso);
                    e.getParentNode().insertBefore(modify, e.getNextSibling());
                    modified = true;
                }
                NamedNodeMap attrs = e.getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) {
                    Node attr = attrs.item(a);
                    if (XMP_BASIC.equals(attr.getNamespaceURI()) && attr.getLocalName().endsWith("Date")) attr.setNodeValue(iso);
                }
            }
            Transformer t = XhtmlDocument.serializer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new BulletinException("không đặt được ngày trong siêu dữ liệu XMP: " + e.getMessage(), e);
        }
    }
}
