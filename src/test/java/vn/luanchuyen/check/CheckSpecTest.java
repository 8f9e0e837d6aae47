package vn.luanchuyen.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Messages;

/** Runs every example of docs/checks.md and compares what check reports, line by line. */
class CheckSpecTest {
    /** Codes that a Markdown fence cannot produce; {@code FileProblemsTest} covers them. */
    static final Set<String> COVERED_IN_JAVA = Set.of("yaml.encoding", "yaml.too-large", "file.unreadable", "file.outside",
            "data.missing", "file.link-outside");

    @TempDir
    Path project;

    static List<CheckSpec> specs() throws IOException {
        return CheckSpec.read();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void reportsExactlyTheDocumentedLines(CheckSpec spec) throws IOException {
        for (Map.Entry<String, String> file : spec.files().entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Messages messages = new Messages(spec.lang().equals("en") ? Lang.EN : Lang.VI);
        List<String> actual = Checked.of(project).diagnostics().stream().map(d -> d.format(messages)).toList();
        assertThat(actual).as("input files:%n%s", spec.files()).containsExactlyElementsOf(spec.expected());
    }

    @Test
    void everyDiagnosticCodeHasAnExample() throws IOException {
        Properties en = new Properties();
        try (var in = Diagnostic.class.getResourceAsStream("messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> codes = en.stringPropertyNames().stream().filter(k -> !k.contains(".hint") && !k.startsWith("term."))
                .filter(k -> !COVERED_IN_JAVA.contains(k)).collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        specs().forEach(s -> documented.add(s.code()));
        assertThat(documented).containsAll(codes);
    }

    @Test
    void everyCodeHasAVietnameseAndAnEnglishMessage() throws IOException {
        Properties en = load("messages_en.properties");
        Properties vi = load("messages_vi.properties");
        assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = Diagnostic.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
