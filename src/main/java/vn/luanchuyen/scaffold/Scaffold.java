package vn.luanchuyen.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.text.Fold;

/**
 * Writes new records, ready to fill in, each with a fresh id and passing {@code check}: a cadre
 * file, a unit (added to the file of the unit it belongs to), a move (a new tenure in the cadre's
 * file, the post left ended on the same date) and an article.
 */
public final class Scaffold {
    private final Path root;
    private final Dataset data;

    public Scaffold(Path root, Dataset data) {
        this.root = root;
        this.data = data;
    }

    /** A fresh id from a name: its ASCII slug, with -2, -3 … when taken. */
    static String freshId(String name, Predicate<String> taken) {
        String base = Fold.slug(name);
        if (base.isEmpty()) base = "moi";
        String id = base;
        for (int i = 2; taken.test(id); i++) id = base + "-" + i;
        return id;
    }

    private String latestSource() {
        return data.sources().stream().filter(s -> s.date() != null).max(Comparator.comparing(Source::date).thenComparing(Source::id))
                .map(Source::id).orElseThrow(() -> new IllegalArgumentException(
                        "chưa có nguồn nào trong data/sources/: thêm một nguồn trước, rồi dùng --source"));
    }

    public Path cadre(String name, String source) throws IOException {
        Set<String> ids = data.cadres().stream().map(Cadre::id).collect(Collectors.toSet());
        String id = freshId(name, ids::contains);
        Path file = root.resolve("data/cadres/" + id + ".yaml");
        String text = "# yaml-language-server: $schema=../../schema/cadres.schema.json\n"
                + "id: " + id + "\n"
                + "name: " + name + "\n"
                + "# gender: nam | nữ\n"
                + "# hometown: <mã đơn vị quê quán>\n"
                + "sources: [" + (source != null ? source : latestSource()) + "]\n"
                + "tenures: []\n";
        return write(file, text);
    }

    public Path article(String title, LocalDate date) throws IOException {
        Path dir = root.resolve("content/bai-viet");
        String id = freshId(title, s -> Files.exists(dir.resolve(s + ".md")));
        String text = "title=" + title + "\ndate=" + date + "\ntype=post\nstatus=draft\ntags=\nsummary=\ncadres=\nunits=\n~~~~~~\n\n"
                + "Viết bài ở đây. Đổi status=draft thành status=published khi đăng.\n";
        return write(dir.resolve(id + ".md"), text);
    }

    /** A unit under {@code parent}: a commune goes into its district's file, a district or province into a new file. */
    public Path unit(String name, UnitType type, String parent) throws IOException {
        UnitIndex units = new UnitIndex(data.units());
        Unit up = units.get(parent).orElseThrow(() -> new IllegalArgumentException("không có đơn vị \"" + parent + "\""));
        String id = freshId(name, s -> units.contains(s));
        if (units.contains(Fold.slug(name))) id = freshId(name + " " + parent, s -> units.contains(s));
        String entry = "  - id: " + id + "\n    name: " + name + "\n    type: " + type.label() + "\n    parent: " + parent + "\n";
        if (type.isGrassroots()) {
            Path file = root.resolve(up.origin().file());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return writeOver(file, (text.endsWith("\n") ? text : text + "\n") + entry);
        }
        String folder = up.type() == UnitType.TRUNG_UONG ? "data/units/" : "data/units/" + parent + "/";
        return write(root.resolve(folder + id + ".yaml"),
                "# yaml-language-server: $schema=" + (folder.equals("data/units/") ? "../../" : "../../../") + "schema/units.schema.json\n"
                        + "units:\n" + entry);
    }

    /**
     * A move: the cadre takes {@code post} of {@code unit} from {@code from}, begun by {@code kind};
     * their open primary posts end on the same date (kiêm nhiệm pairs excepted).
     */
    public Path move(String cadreId, String unit, PostKind post, PartialDate from, StartKind kind) throws IOException {
        Cadre c = data.cadres().stream().filter(x -> x.id().equals(cadreId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("không có cán bộ \"" + cadreId + "\""));
        if (!new UnitIndex(data.units()).contains(unit)) throw new IllegalArgumentException("không có đơn vị \"" + unit + "\"");
        Path file = root.resolve(c.origin().file());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        List<Integer> toEnd = new ArrayList<>();
        for (Tenure t : c.tenures()) {
            boolean combinable = unit.equals(t.unit()) && t.post() != null && t.post().mayCombineWith(post);
            if (t.to() == null && t.from() != null && t.post() != null && t.post().isPrimary() && !combinable) {
                toEnd.add(t.origin().at().line());
            }
        }
        TenureBlock block = TenureBlock.in(lines);
        for (int line : toEnd.stream().sorted(Comparator.reverseOrder()).toList()) {
            lines.add(block.endOfItem(lines, line - 1), "    to: " + from);
        }
        block = TenureBlock.in(lines);
        List<String> item = List.of("  - unit: " + unit, "    post: " + post.label(), "    from: " + from, "    began: " + kind.label());
        block.append(lines, item);
        return writeOver(file, String.join("\n", lines) + "\n");
    }

    private static Path write(Path file, String text) throws IOException {
        if (Files.exists(file)) throw new IllegalArgumentException("tệp đã có: " + file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Path writeOver(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
