package vn.luanchuyen.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.StartKind;

/**
 * Writes a cadre as the YAML of {@code data/cadres/<id>.yaml}, in the style of the sample data:
 * labels for vocabularies, dates as written, a list on one line, quotes only where YAML needs
 * them. Remembers which row of the list each line came from, so that a problem the checker finds
 * in the file can be reported on its row.
 */
final class CadreYaml {
    /** Text that YAML reads back as the same text without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .()/\\-]*");
    private static final Pattern SPECIAL = Pattern.compile("(?i)null|true|false|yes|no|on|off|~");

    /** The text and, for each line (1-based), the row it came from. */
    record Text(String text, Map<Integer, Integer> rowOfLine) {
    }

    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, Integer> rows = new HashMap<>();
    private int line;
    private int row;

    private CadreYaml() {
    }

    /**
     * @param schema the path of the schema from the file's folder, for editors
     * @param from the name of the list it was imported from, for reviewers
     */
    static Text write(CadreDraft c, String schema, String from) {
        CadreYaml y = new CadreYaml();
        y.row = c.firstRow();
        y.line("# yaml-language-server: $schema=" + schema);
        y.line("# Nhập từ " + from + ", dòng " + String.join(", ", c.rows().stream().map(String::valueOf).toList()) + ".");
        y.line("id: " + c.id());
        y.line("name: " + scalar(c.name()));
        if (c.gender() != null) y.line("gender: " + c.gender().label());
        if (c.hometown() != null) y.line("hometown: " + c.hometown());
        y.line("sources: " + list(c.sources()));
        y.line("tenures:");
        for (TenureDraft t : c.tenures()) {
            y.row = t.row();
            y.line("  - unit: " + t.unit());
            y.line("    post: " + t.post().label());
            if (t.department() != null) y.line("    department: " + t.department().label());
            if (t.body() != null) y.line("    body: " + t.body().label());
            y.date("from", t.from());
            y.date("to", t.to());
            y.date("held_on", t.heldOn());
            List<String> began = t.began().stream().map(StartKind::label).toList();
            if (began.size() == 1) y.line("    began: " + began.get(0));
            if (began.size() > 1) y.line("    began: " + list(began));
            if (t.decisionNumber() != null || t.decisionDate() != null) {
                y.line("    decision:");
                if (t.decisionNumber() != null) y.line("      number: " + quoted(t.decisionNumber()));
                if (t.decisionDate() != null) y.line("      date: " + t.decisionDate());
            }
            if (!t.sources().isEmpty() && !t.sources().equals(c.sources())) y.line("    sources: " + list(t.sources()));
        }
        return new Text(y.out.toString(), Map.copyOf(y.rows));
    }

    private void line(String text) {
        out.append(text).append('\n');
        rows.put(++line, row);
    }

    private void date(String key, PartialDate d) {
        if (d != null) line("    " + key + ": " + d);
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(CadreYaml::scalar).toList()) + "]";
    }

    static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches() ? s : quoted(s);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
