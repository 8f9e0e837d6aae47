package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The XHTML behind a bulletin as a DOM: parsed strictly (no DTD, no external entities) and written back. */
final class XhtmlDocument {
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private XhtmlDocument() {
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new BulletinException("mẫu bản tin sinh ra XHTML không hợp lệ, dòng " + e.getLineNumber() + ", cột "
                    + e.getColumnNumber() + " của XHTML: " + e.getMessage(), e);
        } catch (org.xml.sax.SAXException | IOException | ParserConfigurationException e) {
            throw new BulletinException("không đọc được XHTML của bản tin: " + e.getMessage(), e);
        }
    }

    /** A serialising transformer that reads nothing from outside (no external DTD or stylesheet). */
    static Transformer serializer() throws TransformerException {
        TransformerFactory tf = TransformerFactory.newDefaultInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf.newTransformer();
    }

    static String serialize(Document doc) {
        try {
            Transformer t = serializer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            doc.setXmlStandalone(true);
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString().replaceFirst("\\?>", "?>\n");
        } catch (TransformerException e) {
            throw new BulletinException("không ghi được XHTML của bản tin: " + e.getMessage(), e);
        }
    }
}
