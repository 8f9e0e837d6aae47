package vn.luanchuyen.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.render.TemplateProblem;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks data/ and, when there is no error, renders output/. On error output/ is left as it was.",
        footer = {"", "After the first build, pages and bulletins made from the same records, templates and program as last time",
                "are kept; only what changed is rendered and renamed into output/ (see output/.luanchuyen/manifest.tsv).",
                "--fresh renders everything into a new folder that replaces output/ whole.",
                "", "Examples:", "  ./luanchuyen build", "  ./luanchuyen build --fresh", "  ./luanchuyen build --internal   (keeps internal data: not for publication)"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--internal", description = "Keep internal data (evaluations, birth years, fields marked internal). Never publish this output.")
    boolean internal;

    @Option(names = "--fresh", description = "Render every page and bulletin again, into a new folder that replaces output/ whole.")
    boolean fresh;

    @Option(names = "--timings", description = "Print how long each phase of the build took.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        Build.Result result;
        try {
            BuildContext context = BuildContext.of(options.root(), options.lang, internal).withProgress(TerminalProgress.forThisProcess());
            result = new Build(fresh ? context.fresh() : context).run();
        } catch (vn.luanchuyen.build.BuildLock.Busy e) {
            err.println(options.lang == Lang.EN
                    ? "luanchuyen: another build is running in this project; wait for it to finish and build again (" + e.file() + ")"
                    : "luanchuyen: một lần dựng khác đang chạy trong dự án này; chờ nó xong rồi dựng lại (" + e.file() + ")");
            return Main.FAILURE;
        } catch (TemplateProblem e) {
            err.println(e.where() + ": " + (options.lang == Lang.EN ? "error" : "lỗi") + " [template] " + e.getMessage().strip());
            err.println(options.lang == Lang.EN ? "build stopped: output/ left unchanged" : "dừng dựng: output/ giữ nguyên");
            return Main.BAD_DATA;
        }
        if (!result.checked().diagnostics().isEmpty() || !result.ok()) {
            DiagnosticPrinter.print(result.checked().diagnostics(), options.lang, err);
        }
        if (!result.ok()) {
            err.println(options.lang == Lang.EN ? "build stopped: output/ left unchanged" : "dừng dựng: output/ giữ nguyên");
            return Main.BAD_DATA;
        }
        var out = spec.commandLine().getOut();
        if (!result.note().isEmpty()) err.println((options.lang == Lang.EN ? "note: " : "lưu ý: ") + result.note());
        out.println(options.lang == Lang.EN
                ? "built output/: " + result.files() + " page(s) from data; " + result.rendered() + " page(s) and bulletin(s) rendered, "
                        + result.reused() + " unchanged and taken from the previous output"
                : "đã dựng output/: " + result.files() + " trang từ dữ liệu; dựng mới " + result.rendered() + " trang và bản tin, giữ nguyên "
                        + result.reused() + " không đổi từ lần dựng trước");
        if (timings) {
            String gc = options.lang == Lang.EN ? "gc pauses" : "dừng dọn bộ nhớ";
            String cpu = options.lang == Lang.EN ? "cpu" : "thời gian CPU";
            result.phases().forEach(p -> err.printf(java.util.Locale.ROOT, "  %-40s %7.2f s   %s %6.2f s   %s %6.2f s%n", p.name(), p.seconds(), gc,
                    p.gcSeconds(), cpu, p.cpuSeconds()));
            err.printf(java.util.Locale.ROOT, "  %-40s %7d%n", options.lang == Lang.EN ? "kept without being made" : "giữ nguyên, không dựng lại",
                    result.unmade());
        }
        out.flush();
        return Main.OK;
    }
}
