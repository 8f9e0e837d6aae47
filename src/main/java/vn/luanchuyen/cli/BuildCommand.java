package vn.luanchuyen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
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
import vn.luanchuyen.serve.BuildHandOver;
import vn.luanchuyen.serve.HandedBuild;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks data/ and, when there is no error, renders output/. On error output/ is left as it was.",
        footer = {"", "After the first build, pages and bulletins made from the same records, templates and program as last time",
                "are kept; only what changed is rendered and renamed into output/ (see output/.luanchuyen/manifest.tsv).",
                "--fresh renders everything into a new folder that replaces output/ whole.",
                "", "While ./luanchuyen serve runs for the project, the build is handed to it: it still holds the data as read",
                "and the history, so a build after an edit takes seconds. --here builds in this process instead.",
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

    @Option(names = "--here", description = "Build in this process even when a preview server (./luanchuyen serve) runs for this project.")
    boolean here;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        BuildContext context = BuildContext.of(options.root(), options.lang, internal);
        HandedBuild.Request request = new HandedBuild.Request(fresh, timings, options.lang);
        Optional<BuildHandOver.Server> server = here ? Optional.empty() : BuildHandOver.find(context.output(), internal);
        if (server.isPresent()) {
            err.println(options.lang == Lang.EN
                    ? "note: the preview server running for this project (process " + server.get().pid() + ") builds it; --here builds in this process"
                    : "lưu ý: máy chủ xem trước đang chạy cho dự án này (tiến trình " + server.get().pid() + ") dựng; --here để dựng trong tiến trình này");
            err.flush();
            Optional<HandedBuild.Reply> handed = server.get().build(request);
            if (handed.isPresent()) {
                out.print(handed.get().out());
                err.print(handed.get().err());
                out.flush();
                err.flush();
                return handed.get().exit();
            }
            err.println(options.lang == Lang.EN ? "note: the preview server did not answer; building here"
                    : "lưu ý: máy chủ xem trước không trả lời; dựng tại đây");
        }
        context = context.withProgress(TerminalProgress.forThisProcess());
        return run(fresh ? context.fresh() : context, request, out, err);
    }

    /**
     * One build, printed the way this command prints it; the exit code. The preview server runs
     * the builds handed over to it through here too, with its own context.
     */
    static int run(BuildContext context, HandedBuild.Request request, PrintWriter out, PrintWriter err) throws IOException {
        Lang lang = request.lang();
        Build.Result result;
        try {
            result = new Build(context).run();
        } catch (vn.luanchuyen.build.BuildLock.Busy e) {
            err.println(lang == Lang.EN
                    ? "luanchuyen: another build is running in this project; wait for it to finish and build again (" + e.file() + ")"
                    : "luanchuyen: một lần dựng khác đang chạy trong dự án này; chờ nó xong rồi dựng lại (" + e.file() + ")");
            return Main.FAILURE;
        } catch (TemplateProblem e) {
            err.println(e.where() + ": " + (lang == Lang.EN ? "error" : "lỗi") + " [template] " + e.getMessage().strip());
            err.println(lang == Lang.EN ? "build stopped: output/ left unchanged" : "dừng dựng: output/ giữ nguyên");
            return Main.BAD_DATA;
        } catch (vn.luanchuyen.bulletin.BulletinException e) { // the bulletins' settings or templates; the message says where
            err.println((lang == Lang.EN ? "bulletins: " : "bản tin: ") + e.getMessage().strip());
            err.println(lang == Lang.EN ? "build stopped: output/ left unchanged" : "dừng dựng: output/ giữ nguyên");
            return Main.BAD_DATA;
        }
        if (!result.checked().diagnostics().isEmpty() || !result.ok()) {
            DiagnosticPrinter.print(result.checked().diagnostics(), lang, err);
        }
        if (!result.ok()) {
            err.println(lang == Lang.EN ? "build stopped: output/ left unchanged" : "dừng dựng: output/ giữ nguyên");
            return Main.BAD_DATA;
        }
        if (!result.note().isEmpty()) err.println((lang == Lang.EN ? "note: " : "lưu ý: ") + result.note());
        out.println(lang == Lang.EN
                ? "built output/: " + result.files() + " page(s) from data; " + result.rendered() + " page(s) and bulletin(s) rendered, "
                        + result.reused() + " unchanged and taken from the previous output"
                : "đã dựng output/: " + result.files() + " trang từ dữ liệu; dựng mới " + result.rendered() + " trang và bản tin, giữ nguyên "
                        + result.reused() + " không đổi từ lần dựng trước");
        if (request.timings()) {
            String gc = lang == Lang.EN ? "gc pauses" : "dừng dọn bộ nhớ";
            String cpu = lang == Lang.EN ? "cpu" : "thời gian CPU";
            result.phases().forEach(p -> err.printf(java.util.Locale.ROOT, "  %-40s %7.2f s   %s %6.2f s   %s %6.2f s%n", p.name(), p.seconds(), gc,
                    p.gcSeconds(), cpu, p.cpuSeconds()));
            err.printf(java.util.Locale.ROOT, "  %-40s %7d%n", lang == Lang.EN ? "kept without being made" : "giữ nguyên, không dựng lại",
                    result.unmade());
        }
        out.flush();
        err.flush();
        return Main.OK;
    }
}
