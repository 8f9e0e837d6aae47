package vn.luanchuyen.bulletin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What tests read back from a PDF: its text (with PDFBox), its bookmarks, and veraPDF's verdict. */
final class PdfChecks {
    private PdfChecks() {
    }

    /** The text of the pages, every run of white space made one space. */
    static String text(byte[] pdf) throws IOException {
        return oneLine(rawText(pdf, 1, Integer.MAX_VALUE));
    }

    /** The text of one page (1-based). */
    static String pageText(byte[] pdf, int page) throws IOException {
        return oneLine(rawText(pdf, page, page));
    }

    private static String rawText(byte[] pdf, int first, int last) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(doc);
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The titles of the bookmarks, depth first; each must lead to a page. */
    static List<String> bookmarks(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            if (outline == null) return out;
            for (PDOutlineItem item : outline.children()) collect(doc, item, out);
            return out;
        }
    }

    private static void collect(PDDocument doc, PDOutlineItem item, List<String> out) throws IOException {
        if (item.findDestinationPage(doc) == null) throw new AssertionError("bookmark without a page: " + item.getTitle());
        out.add(item.getTitle());
        for (PDOutlineItem child : item.children()) collect(doc, child, out);
    }

    /** The rules veraPDF finds broken for a flavour (PDF/A-3u, PDF/UA-1), one line each; empty when compliant. */
    static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAValidator validator = foundry.createValidator(flavour, false);
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult result = validator.validate(parser);
            Set<String> failed = new LinkedHashSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) failed.add("not compliant");
            return new ArrayList<>(failed);
        }
    }
}
