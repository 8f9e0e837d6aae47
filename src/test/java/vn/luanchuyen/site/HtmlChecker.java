package vn.luanchuyen.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's HTML validator) in process, over the HTML schema it ships; what
 * it says is collected as {@code file:line:col: message}. No network: the schemas come from its jar.
 *
 * <pre>{@code
 * HtmlChecker checker = new HtmlChecker();
 * checker.check("index.html", Files.newInputStream(file));
 * checker.errors();
 * }</pre>
 */
final class HtmlChecker implements ErrorHandler {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private final SimpleDocumentValidator validator;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    HtmlChecker() throws Exception {
        // No log4j set-up, no URL logging, no language detection (its guesses would be warnings at most).
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, this);
        validator.setUpValidatorAndParsers(this, false, false);
    }

    /** Checks one document; {@code name} is what messages start with. */
    void check(String name, InputStream in) throws IOException {
        InputSource source = new InputSource(in);
        source.setSystemId(name);
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            // Already reported through fatalError.
        } catch (SAXException e) {
            errors.add(name + ":0:0: " + e.getMessage());
        }
    }

    void check(String name, String html) throws IOException {
        check(name, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static String format(SAXParseException e) {
        return e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    @Override
    public void warning(SAXParseException e) {
        warnings.add(format(e));
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(format(e));
    }

    @Override
    public void fatalError(SAXParseException e) {
        errors.add(format(e));
    }
}
