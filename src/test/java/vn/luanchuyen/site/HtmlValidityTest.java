package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page of the built sample passes the Nu HTML Checker with no error. */
class HtmlValidityTest {
    private static SampleSite site;
    private static Path out;

    @BeforeAll
    static void build() throws Exception {
        site = SampleSite.copy();
        out = site.build();
    }

    @AfterAll
    static void clean() throws Exception {
        site.close();
    }

    @Test
    void everyPageHasNoCheckerError() throws Exception {
        List<String> pages = SampleSite.htmlFiles(out);
        assertThat(pages).hasSizeGreaterThan(50);
        HtmlChecker checker = new HtmlChecker();
        for (String page : pages) {
            try (InputStream in = Files.newInputStream(out.resolve(page))) {
                checker.check(page, in);
            }
        }
        if (!checker.warnings().isEmpty()) {
            System.out.println("Nu HTML Checker warnings (not failures):\n  " + String.join("\n  ", checker.warnings()));
        }
        assertThat(checker.errors()).as("Nu HTML Checker errors over %d pages:%n%s", pages.size(),
                String.join("\n", checker.errors())).isEmpty();
    }

    /** The control: the checker as set up here does see errors, with their position. */
    @Test
    void checkerReportsAnInvalidPageWithItsPosition() throws Exception {
        HtmlChecker checker = new HtmlChecker();
        checker.check("broken.html", """
                <!DOCTYPE html>
                <html lang="vi">
                <head><meta charset="utf-8"><title>x</title></head>
                <body><form action=""><input id="a"><input id="a"></form><p><div></div></body>
                </html>
                """);
        assertThat(checker.errors()).anySatisfy(e -> assertThat(e).startsWith("broken.html:4:").contains("action"))
                .anySatisfy(e -> assertThat(e).startsWith("broken.html:4:").contains("Duplicate ID"));
    }
}
