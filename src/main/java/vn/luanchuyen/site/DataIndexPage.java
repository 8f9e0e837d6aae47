package vn.luanchuyen.site;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.luanchuyen.derive.MoveFinder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PersonOrder;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseCollation;
import vn.luanchuyen.text.VietnameseDates;

/**
 * A plain one-page index of the data (units, cadres with their posts and moves, programmes), the
 * placeholder until the website is built from templates. Every data string is escaped.
 */
public final class DataIndexPage {
    private final Dataset data;
    private final boolean internal;
    private final UnitIndex units;

    public DataIndexPage(Dataset data, boolean internal) {
        this.data = data;
        this.internal = internal;
        this.units = new UnitIndex(data.units());
    }

    /** Writes {@code index.html} into {@code dir}; returns the number of files written. */
    public int writeTo(Path dir) throws IOException {
        Files.writeString(dir.resolve("index.html"), html(), StandardCharsets.UTF_8);
        return 1;
    }

    String html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Dữ liệu luân chuyển cán bộ</title>\n</head>\n<body>\n<main>\n")
                .append("<h1>Dữ liệu luân chuyển cán bộ</h1>\n");
        if (internal) b.append("<p><strong>Bản nội bộ: có dữ liệu không công khai.</strong></p>\n");
        units(b);
        cadres(b);
        programmes(b);
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private void units(StringBuilder b) {
        b.append("<h2>Đơn vị hành chính</h2>\n<ul>\n");
        Comparator<String> vi = VietnameseCollation.comparator();
        data.units().stream()
                .sorted(Comparator.comparingInt((Unit u) -> units.level(u.id())).thenComparing(Unit::name, vi))
                .forEach(u -> {
                    b.append("<li id=\"unit-").append(esc(u.id())).append("\">").append(esc(PostNames.unit(u)));
                    if (u.validTo() != null) b.append(" (đến ").append(esc(VietnameseDates.of(u.validTo()))).append(")");
                    b.append("</li>\n");
                });
        b.append("</ul>\n");
    }

    private void cadres(StringBuilder b) {
        Map<String, List<Move>> moves = new MoveFinder(units).moves(data.cadres()).stream()
                .collect(Collectors.groupingBy(Move::cadre));
        b.append("<h2>Cán bộ</h2>\n");
        data.cadres().stream().sorted(Comparator.comparing(Cadre::name, PersonOrder.comparator())).forEach(c -> {
            b.append("<section id=\"cadre-").append(esc(c.id())).append("\">\n<h3>").append(esc(c.name().full())).append("</h3>\n<ul>\n");
            for (Tenure t : c.tenures()) {
                b.append("<li>").append(esc(post(t))).append(": ").append(esc(period(t))).append("</li>\n");
            }
            b.append("</ul>\n");
            for (Move m : moves.getOrDefault(c.id(), List.of())) {
                b.append("<p>").append(esc(m.kind().label().substring(0, 1).toUpperCase() + m.kind().label().substring(1)))
                        .append(" (").append(esc(m.direction().label())).append("): ")
                        .append(esc(m.from() == null ? "?" : post(m.from()))).append(" → ").append(esc(post(m.to())))
                        .append("</p>\n");
            }
            b.append("</section>\n");
        });
    }

    private void programmes(StringBuilder b) {
        b.append("<h2>Văn bản, chương trình</h2>\n<ul>\n");
        Function<Programme, String> title = p -> p.kind().label() + (p.number() == null ? "" : " số " + p.number()) + ": " + p.title();
        data.programmes().stream().map(title).sorted(VietnameseCollation.comparator())
                .forEach(t -> b.append("<li>").append(esc(t)).append("</li>\n"));
        b.append("</ul>\n");
    }

    private String post(Tenure t) {
        return units.get(t.unit()).map(u -> PostNames.post(t, u)).orElse(t.post().label());
    }

    private static String period(Tenure t) {
        String from = t.from() == null ? "" : "từ " + VietnameseDates.of(t.from());
        String to = t.to() == null ? "" : " đến " + VietnameseDates.of(t.to());
        String held = t.heldOn() == null ? "" : " (đang giữ " + VietnameseDates.of(t.heldOn()) + ")";
        return (from + to + held).trim();
    }

    private static String esc(String s) {
        return escapeXml10(s);
    }
}
