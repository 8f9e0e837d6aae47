package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.intake.CadreFile;
import vn.luanchuyen.intake.ImportResult;
import vn.luanchuyen.intake.Importer;
import vn.luanchuyen.intake.RowProblem;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a personnel list (Excel .xlsx or CSV, one row per post held) into cadre files,"
                + " data/cadres/<id>.yaml, one per person. Columns by their Vietnamese headings: Họ và tên, Chức vụ,"
                + " Đơn vị, Từ ngày, Đến ngày, Hình thức, and optionally Phòng, Cơ quan, Giới tính, Quê quán, Nguồn, Mã.",
                "Every row that cannot be read is reported with its number and why. Nothing is written unless every row"
                + " is read and the new files check clean with the project's data; --partial writes the people whose rows"
                + " were all read. Exits 1 if any row failed."},
        footer = {"", "Examples:", "  ./luanchuyen import danh-sach.xlsx --source vo-nhai-2022 --dry-run",
                "  ./luanchuyen import danh-sach.csv --source vo-nhai-2022",
                "  ./luanchuyen import danh-sach.xlsx --partial --out /tmp/can-bo"})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The list: .xlsx or .csv (UTF-8).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the cadre files (default: data/cadres of the project).")
    Path out;

    @Option(names = "--source", paramLabel = "ID", description = "The source (data/sources/<ID>.yaml) of rows without a Nguồn cell.")
    String source;

    @Option(names = "--dry-run", description = "Print the files that would be written; write nothing.")
    boolean dryRun;

    @Option(names = "--partial", description = "Write the people whose rows were all read, even if other rows failed.")
    boolean partial;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        boolean en = options.lang == Lang.EN;
        if (!Files.isRegularFile(file)) {
            err.println("luanchuyen import: " + (en ? "no such file: " : "không có tệp: ") + file);
            return Main.FAILURE;
        }
        Path outDir = (out == null ? options.root().resolve("data/cadres") : out).toAbsolutePath().normalize();
        ImportResult result = new Importer(options.root(), outDir, source, options.lang).read(file);
        for (RowProblem p : result.problems()) err.println(p.format(options.lang));
        List<CadreFile> files = result.files();
        boolean writeSome = !result.fileFailed() && (!result.failed() || partial);
        List<CadreFile> chosen = writeSome ? files.stream().filter(f -> !result.failed() || f.ok()).toList() : List.of();
        if (dryRun) {
            for (CadreFile f : chosen) {
                stdout.println("# ---- " + shown(f.path()));
                stdout.print(f.text());
            }
        } else {
            Importer.write(chosen);
            for (CadreFile f : chosen) {
                err.println((en ? "wrote " : "đã ghi ") + shown(f.path()) + (en ? " (rows " : " (dòng ") + join(f.rows()) + ")");
            }
        }
        err.println(summary(result, chosen.size(), en));
        err.flush();
        stdout.flush();
        return result.failed() ? Main.BAD_DATA : Main.OK;
    }

    private String summary(ImportResult r, int written, boolean en) {
        String verb = dryRun ? (en ? "would write " : "sẽ ghi ") : (en ? "wrote " : "đã ghi ");
        String head = en ? r.rows() + " row(s) read, " + r.failedRows() + " failed; " + verb + written + " of " + r.files().size() + " cadre file(s)"
                : "đọc " + r.rows() + " dòng, " + r.failedRows() + " dòng lỗi; " + verb + written + "/" + r.files().size() + " hồ sơ cán bộ";
        if (r.failed() && !partial && !r.fileFailed()) {
            head += en ? " (nothing is written while a row fails; --partial writes the people whose rows were all read)"
                    : " (không ghi gì khi còn dòng lỗi; --partial ghi những người mà mọi dòng đều đọc được)";
        }
        return head;
    }

    private Path shown(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p) : p;
    }

    private static String join(List<Integer> rows) {
        return String.join(", ", rows.stream().map(String::valueOf).toList());
    }
}
