package vn.luanchuyen.bulletin;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages for a tagged PDF whose marked-content property lists are found in constant time.
 *
 * <p>In a tagged PDF every text line and every box painted opens a marked-content sequence. PDFBox
 * writes a sequence that carries only its MCID in the page's content, but files every other
 * property list (the renderer's artifacts: 450 to 500 on a page of the moves table) under the
 * page's resources, after asking whether the list is there already: a search through all lists
 * of the page so far. These pages start with a property-list dictionary that keeps a set of its
 * values beside its entries; what is written to the file is the same dictionary.
 *
 * <p>The lists filed there are written inside it, not each as an object of its own: a bulletin of
 * six pages had 2,173 background artifacts' lists, three objects in four of the file, each added
 * to the writer's pool and its object streams. Inside the page the file is 14% smaller and the
 * bulletins about 10% faster; nothing else refers to these lists. Optional-content groups, which
 * the catalog lists too, stay objects of their own.
 */
final class IndexedPropertyPages implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument doc, float width, float height, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        COSDictionary resources = new COSDictionary();
        resources.setItem(COSName.PROPERTIES, new IndexedDictionary());
        page.getCOSObject().setItem(COSName.RESOURCES, resources);
        return page;
    }

    /**
     * A dictionary that answers {@link #containsValue} from a set of its values (equality as the
     * map's own), made again after anything but an addition.
     */
    static final class IndexedDictionary extends COSDictionary {
        private Set<Object> values = new HashSet<>();

        @Override
        public boolean containsValue(Object value) {
            if (values == null) values = new HashSet<>(getValues());
            return values.contains(value);
        }

        @Override
        public void setItem(COSName key, COSBase value) {
            if (value instanceof COSDictionary list && !(value instanceof COSStream) && !optionalContent(list)) list.setDirect(true);
            boolean replaces = containsKey(key);
            super.setItem(key, value);
            if (values == null) return;
            if (replaces || value == null) values = null;
            else values.add(value);
        }

        /** An optional-content group or membership: the catalog lists it too, so it stays an object of its own. */
        private static boolean optionalContent(COSDictionary list) {
            COSName type = list.getCOSName(COSName.TYPE);
            return COSName.OCG.equals(type) || COSName.OCMD.equals(type);
        }

        @Override
        public void removeItem(COSName key) {
            super.removeItem(key);
            values = null;
        }

        @Override
        public void addAll(COSDictionary other) {
            super.addAll(other);
            values = null;
        }

        @Override
        public void clear() {
            super.clear();
            values = null;
        }
    }
}
