package vn.luanchuyen.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of {@code docs/checks.md}: each "## code" section holds YAML files (fenced
 * {@code yaml file=PATH}) and the exact lines {@code check} prints for them (fenced
 * {@code text expect}, optionally {@code lang=en}). A fence {@code yaml base file=PATH} at the
 * top belongs to every example, unless an example writes the same path.
 */
record CheckSpec(String heading, Map<String, String> files, List<String> expected, String lang, int line) {

    static final Path DOC = Path.of("docs/checks.md");
    private static final Pattern FENCE = Pattern.compile("^```(\\w+)([^\\n]*)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);

    /** The code a section documents: the heading's first word. */
    String code() {
        return heading.split("\\s+")[0];
    }

    @Override
    public String toString() {
        return heading + " (docs/checks.md:" + line + ")";
    }

    static List<CheckSpec> read() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, String> base = new LinkedHashMap<>();
        List<CheckSpec> specs = new ArrayList<>();
        String[] sections = doc.split("(?m)^## ");
        int line = 1 + (int) sections[0].lines().count();
        for (Matcher m = FENCE.matcher(doc); m.find(); ) {
            if (m.group(2).contains("base")) base.put(attribute(m.group(2), "file"), m.group(3));
        }
        for (int i = 1; i < sections.length; i++) {
            String section = sections[i];
            String heading = section.lines().findFirst().orElse("").strip();
            Map<String, String> files = new LinkedHashMap<>(base);
            List<String> expected = new ArrayList<>();
            String lang = "vi";
            for (Matcher m = FENCE.matcher(section); m.find(); ) {
                String info = m.group(2);
                if (info.contains("base")) {
                    continue;
                } else if (m.group(1).equals("yaml") && attribute(info, "file") != null) {
                    files.put(attribute(info, "file"), m.group(3));
                } else if (m.group(1).equals("text") && info.contains("expect")) {
                    m.group(3).lines().filter(l -> !l.isBlank()).forEach(expected::add);
                    if (attribute(info, "lang") != null) lang = attribute(info, "lang");
                }
            }
            if (section.contains("```text expect")) specs.add(new CheckSpec(heading, files, expected, lang, line));
            line += (int) section.lines().count();
        }
        return specs;
    }

    private static String attribute(String info, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=(\\S+)").matcher(info);
        return m.find() ? m.group(1) : null;
    }
}
