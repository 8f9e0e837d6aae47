package vn.luanchuyen.bulletin;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces bulletins are set in, Liberation Serif and Sans (from the classpath, {@code liberation/}),
 * each parsed once per run with glyph substitution off (Vietnamese needs only precomposed letters).
 * Each document embeds subsets of the faces it uses, loaded only when the layout asks for them.
 * Not thread-safe: a parsed font reads from one buffer.
 */
final class BulletinFonts {
    static final String SERIF = "Liberation Serif";
    static final String SANS = "Liberation Sans";

    private record Face(String family, int weight, FontStyle style, TrueTypeFont ttf, CmapLookup cmap) {
    }

    private final List<Face> faces = new ArrayList<>();

    private BitSet basicPlane;

    BulletinFonts() {
        add(SERIF, "LiberationSerif-Regular", 400, FontStyle.NORMAL);
        add(SERIF, "LiberationSerif-Bold", 700, FontStyle.NORMAL);
        add(SERIF, "LiberationSerif-Italic", 400, FontStyle.ITALIC);
        add(SERIF, "LiberationSerif-BoldItalic", 700, FontStyle.ITALIC);
        add(SANS, "LiberationSans-Regular", 400, FontStyle.NORMAL);
        add(SANS, "LiberationSans-Bold", 700, FontStyle.NORMAL);
        add(SANS, "LiberationSans-Italic", 400, FontStyle.ITALIC);
    }

    private void add(String family, String file, int weight, FontStyle style) {
        String resource = "liberation/" + file + ".ttf";
        try (InputStream in = BulletinFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new BulletinException("thiếu phông chữ " + resource + " trên classpath (openpdf-fonts-extra)");
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            faces.add(new Face(family, weight, style, ttf, ttf.getUnicodeCmapLookup()));
        } catch (IOException e) {
            throw new BulletinException("không đọc được phông chữ " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Whether every face has a glyph for the code point (the Basic Multilingual Plane is looked up once, on first use). */
    boolean covers(int codePoint) {
        if (codePoint >= 0x10000) return coveredByAll(codePoint);
        if (basicPlane == null) {
            BitSet covered = new BitSet(0x10000);
            for (int cp = 0; cp < 0x10000; cp++) if (coveredByAll(cp)) covered.set(cp);
            basicPlane = covered;
        }
        return basicPlane.get(codePoint);
    }

    private boolean coveredByAll(int codePoint) {
        for (Face f : faces) if (f.cmap().getGlyphId(codePoint) == 0) return false;
        return true;
    }

    /** Offers every face to a renderer for one document; a face is embedded only if used. */
    void registerWith(PdfRendererBuilder builder, PDDocument doc) {
        for (Face f : faces) {
            builder.useFont(new LazyFont(doc, f.ttf()), f.family(), f.weight(), f.style(), true);
        }
    }

    /** Loads a face into a document when the layout first needs it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont ttf;

        LazyFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(doc, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
