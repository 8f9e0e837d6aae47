package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.model.UnitType;
import vn.luanchuyen.scaffold.Scaffold;
import vn.luanchuyen.text.Fold;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record with a fresh id, ready to fill in, that passes check.",
        footer = {"", "Examples:", "  ./luanchuyen new cadre \"Nguyễn Văn An\" --source vo-nhai-2022",
            "  ./luanchuyen new unit \"Xã La Hiên\" --type xã --parent vo-nhai",
            "  ./luanchuyen new move nguyen-van-an --unit cuc-duong --post \"bí thư\" --from 2024-03 --kind \"luân chuyển\"",
            "  ./luanchuyen new article \"Luân chuyển cán bộ ở Võ Nhai năm 2024\""})
final class NewCommand {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    private Scaffold scaffold() {
        return new Scaffold(options.root(), Checked.of(options.root()).data());
    }

    private int done(Path file) {
        spec.commandLine().getOut().println("đã viết " + options.root().relativize(file.toAbsolutePath()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private int refuse(IllegalArgumentException e) {
        spec.commandLine().getErr().println("luanchuyen new: " + e.getMessage());
        return Main.FAILURE;
    }

    @Command(name = "cadre", mixinStandardHelpOptions = true, description = "A new cadre file data/cadres/<id>.yaml.")
    int cadre(@Parameters(paramLabel = "HỌ_TÊN") String name,
              @Option(names = "--source", description = "The source id the record cites (default: the latest source).") String source)
            throws IOException {
        try {
            return done(scaffold().cadre(Fold.nfc(name).strip(), source));
        } catch (IllegalArgumentException e) {
            return refuse(e);
        }
    }

    @Command(name = "unit", mixinStandardHelpOptions = true, description = "A new unit, added to the file of the unit it belongs to.")
    int unit(@Parameters(paramLabel = "TÊN") String name,
             @Option(names = "--type", required = true, description = "xã, phường, thị trấn, huyện, …") String type,
             @Option(names = "--parent", required = true, description = "The id of the unit it belongs to.") String parent)
            throws IOException {
        try {
            return done(scaffold().unit(Fold.nfc(name).strip(), term(UnitType.class, type), parent));
        } catch (IllegalArgumentException e) {
            return refuse(e);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "A move: a new tenure in the cadre's file; their open posts end on the same date.")
    int move(@Parameters(paramLabel = "MÃ_CÁN_BỘ") String cadre,
             @Option(names = "--unit", required = true) String unit,
             @Option(names = "--post", required = true, description = "bí thư, chủ tịch ubnd, …") String post,
             @Option(names = "--from", required = true, description = "YYYY, YYYY-MM or YYYY-MM-DD") String from,
             @Option(names = "--kind", defaultValue = "luân chuyển", description = "luân chuyển, điều động, biệt phái") String kind)
            throws IOException {
        try {
            return done(scaffold().move(cadre, unit, term(PostKind.class, post), date(from), term(StartKind.class, kind)));
        } catch (IllegalArgumentException e) {
            return refuse(e);
        }
    }

    @Command(name = "article", mixinStandardHelpOptions = true, description = "A new draft article in content/bai-viet/.")
    int article(@Parameters(paramLabel = "TIÊU_ĐỀ") String title,
                @Option(names = "--date", description = "Its date, YYYY-MM-DD (default: today).") LocalDate date) throws IOException {
        try {
            return done(scaffold().article(Fold.nfc(title).strip(), date != null ? date : LocalDate.now(Clock.systemDefaultZone())));
        } catch (IllegalArgumentException e) {
            return refuse(e);
        }
    }

    private static <E extends Enum<E> & Term> E term(Class<E> type, String written) {
        String key = Fold.key(written);
        for (E e : type.getEnumConstants()) {
            if (Fold.key(e.id()).equals(key) || Fold.key(e.label()).equals(key)) return e;
        }
        throw new IllegalArgumentException("\"" + written + "\" không phải giá trị hợp lệ");
    }

    private static PartialDate date(String text) {
        var m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?").matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("\"" + text + "\" không phải ngày (YYYY, YYYY-MM, YYYY-MM-DD)");
        return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), false);
    }
}
