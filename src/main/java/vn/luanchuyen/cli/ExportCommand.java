package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.export.CsvExport;
import vn.luanchuyen.export.PopoloExport;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.publish.Redactor;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the cadres and their tenures: Popolo JSON (persons, organizations, posts, memberships, areas)"
                + " or a CSV table with one row per tenure (UTF-8 with a byte-order mark, for Excel).",
                "Public data only, unless --internal. Refuses data with errors (run check)."},
        footer = {"", "Examples:", "  ./luanchuyen export --format popolo --out luanchuyen.json",
                "  ./luanchuyen export --format csv --out can-bo.csv",
                "  ./luanchuyen export --format csv --internal --out noi-bo.csv   (internal data: not for publication)"})
final class ExportCommand implements Callable<Integer> {
    enum Format { popolo, csv }

    @Mixin
    CommonOptions options;

    @Option(names = "--format", required = true, paramLabel = "popolo|csv", description = "popolo (JSON) or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Option(names = "--internal", description = "Export internal data too (birth years, records and fields marked internal). Never publish this file.")
    boolean internal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Checked checked = Checked.of(options.root());
        if (checked.hasErrors()) {
            DiagnosticPrinter.print(checked.diagnostics(), options.lang, spec.commandLine().getErr());
            spec.commandLine().getErr().println(options.lang == Lang.EN ? "export stopped: fix the errors first"
                    : "dừng xuất: hãy sửa các lỗi trước");
            return Main.BAD_DATA;
        }
        Dataset data = internal ? checked.data() : new Redactor().publicView(checked.data());
        String text = format == Format.popolo ? new PopoloExport().write(data) : new CsvExport(internal).write(data);
        if (out == null) {
            // bytes, not the console's charset: the export is UTF-8 whatever the terminal
            System.out.write(text.getBytes(StandardCharsets.UTF_8));
            System.out.flush();
            return Main.OK;
        }
        Path file = out.toAbsolutePath();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        int tenures = data.cadres().stream().mapToInt(c -> c.tenures().size()).sum();
        spec.commandLine().getErr().println(options.lang == Lang.EN
                ? "wrote " + out + ": " + data.cadres().size() + " cadre(s), " + tenures + " tenure(s)" + (internal ? ", INTERNAL" : "")
                : "đã ghi " + out + ": " + data.cadres().size() + " cán bộ, " + tenures + " chức vụ" + (internal ? ", NỘI BỘ" : ""));
        return Main.OK;
    }
}
