package vn.luanchuyen.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.serve.Preview;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site and serves it on 127.0.0.1 for preview, rebuilding when data/, content/ or templates/ change;"
                + " open pages reload themselves, and a failed rebuild shows its problems in the page while the last good site stays."
                + " While it runs, ./luanchuyen build in the same project is handed to it and takes seconds.",
        footer = {"", "Examples:", "  ./luanchuyen serve", "  ./luanchuyen serve --port 8080"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--port", defaultValue = "8000", description = "Port on 127.0.0.1 (default 8000; 0 takes a free one).")
    int port;

    @Option(names = "--internal", description = "Preview the internal build (never publish it).")
    boolean internal;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Preview preview = Preview.start(BuildContext.of(options.root(), options.lang, internal), port, BuildCommand::run)) {
            Runtime.getRuntime().addShutdownHook(new Thread(preview::closeQuietly, "luanchuyen-preview-stop")); // Ctrl+C: output.server goes too
            var out = spec.commandLine().getOut();
            out.println("Xem trước tại http://127.0.0.1:" + preview.port() + "/ (Ctrl+C để dừng)");
            if (!preview.lastBuildOk()) preview.lastProblems().forEach(out::println);
            out.flush();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
