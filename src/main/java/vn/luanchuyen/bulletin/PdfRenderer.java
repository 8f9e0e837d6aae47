package vn.luanchuyen.bulletin;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * XHTML to PDF with openhtmltopdf over PDFBox: A4 pages from the stylesheet, tagged PDF/UA-1 and
 * PDF/A-3u (sRGB output intent), our fonts and our bar-chart SVG drawer; resources only from the
 * templates folder. A warning of the library (a bookmark without target, a missing resource …)
 * fails the bulletin rather than passing unnoticed.
 */
final class PdfRenderer {
    static final String PRODUCER = "luanchuyen (openhtmltopdf, Apache PDFBox)";
    private final BulletinFonts fonts;
    private final String baseUri;
    private final Path templatesDir;
    private final byte[] colorProfile;

    PdfRenderer(BulletinFonts fonts, Path templatesDir) {
        this.fonts = fonts;
        this.templatesDir = templatesDir;
        this.baseUri = templatesDir.toUri().toString();
        this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        quietLibraryLog();
    }

    byte[] render(Document xhtml, LocalDate dated, byte[] id, String name) {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.useFastMode();
            b.usePageSupplier(new IndexedPropertyPages());
            b.usePdfUaAccessibility(true);
            b.usePdfAConformance(PdfAConformance.PDFA_3_U);
            b.useColorProfile(colorProfile);
            b.withProducer(PRODUCER);
            b.useSVGDrawer(new SvgBarDrawer());
            b.useUnicodeLineBreaker(new NumberKeepingLineBreaker());
            b.useExternalResourceAccessControl((uri, type) -> inTemplates(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withDiagnosticConsumer((Diagnostic d) -> {
                if (d.getLevel().intValue() >= Level.WARNING.intValue() && !problems.contains(d.getFormattedMessage())) {
                    problems.add(d.getFormattedMessage());
                }
            });
            fonts.registerWith(b, doc);
            b.withW3cDocument(xhtml, baseUri);
            try (PdfBoxRenderer r = b.buildPdfRenderer()) {
                r.createPDFWithoutClosing();
            }
            if (!problems.isEmpty()) {
                throw new BulletinException(name + ": thư viện PDF báo lỗi: " + String.join("; ", problems));
            }
            PdfFinisher.finish(doc, dated, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof BulletinException be) throw be;
            throw new BulletinException(name + ": không dựng được PDF: " + e, e);
        }
    }

    /** Only files of the templates folder may be loaded (the stylesheet); nothing from the network. */
    private boolean inTemplates(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equals(u.getScheme()) && Path.of(u).normalize().startsWith(templatesDir);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The library logs every run at INFO through one process-wide logger; ours drops the log
     * (each run still gets its diagnostics through its own consumer above).
     */
    private static void quietLibraryLog() {
        if (!(XRLog.getLoggerImpl() instanceof QuietLogger)) XRLog.setLoggerImpl(new QuietLogger());
    }

    private static final class QuietLogger implements XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }
}
