package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.PrintWriter;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;

/**
 * A build the {@code build} command of another process hands to a running preview server, so that
 * it runs in the process that still holds the parsed data and the history (see
 * {@link ServerFile}): what was asked, what the build printed, and how the command should exit.
 */
public final class HandedBuild {
    private HandedBuild() {
    }

    /** What the command line asked for: a fresh build or not, timings or not, the language of messages. */
    public record Request(boolean fresh, boolean timings, Lang lang) {
    }

    /** What the build printed to standard output and to standard error, and the exit code. */
    public record Reply(int exit, String out, String err) {
    }

    /** Runs one build with {@code context} the way the {@code build} command does, printing as it prints; returns the exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(BuildContext context, Request request, PrintWriter out, PrintWriter err) throws IOException;
    }
}
