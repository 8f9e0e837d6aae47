package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Properties;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;

/**
 * A build the {@code build} command of another process hands to a running preview server, so that
 * it runs in the process that still holds the parsed data and the history (see
 * {@link ServerFile}): what was asked, what the build printed, and how the command should exit.
 * Both go over the wire as {@link WireProperties}.
 */
public final class HandedBuild {
    private HandedBuild() {
    }

    /** What the command line asked for: a fresh build or not, timings or not, the language of messages. */
    public record Request(boolean fresh, boolean timings, Lang lang) {
        void writeTo(OutputStream out) throws IOException {
            Properties p = new Properties();
            p.setProperty("fresh", String.valueOf(fresh));
            p.setProperty("timings", String.valueOf(timings));
            p.setProperty("lang", lang.name());
            WireProperties.store(p, null, out);
        }

        /** The request in {@code in}; {@link IllegalArgumentException} when it is not one. */
        static Request readFrom(InputStream in) throws IOException {
            Properties p = WireProperties.load(in);
            return new Request(flag(p, "fresh"), flag(p, "timings"), Lang.valueOf(WireProperties.required(p, "lang")));
        }
    }

    /** What the build printed to standard output and to standard error, and the exit code. */
    public record Reply(int exit, String out, String err) {
        void writeTo(OutputStream out) throws IOException {
            Properties p = new Properties();
            p.setProperty("exit", String.valueOf(exit));
            p.setProperty("out", this.out);
            p.setProperty("err", err);
            WireProperties.store(p, null, out);
        }

        /** The reply in {@code in}; {@link IllegalArgumentException} when it is not one. */
        static Reply readFrom(InputStream in) throws IOException {
            Properties p = WireProperties.load(in);
            return new Reply(Integer.parseInt(WireProperties.required(p, "exit")), WireProperties.required(p, "out"), WireProperties.required(p, "err"));
        }
    }

    private static boolean flag(Properties p, String key) {
        String v = WireProperties.required(p, key);
        if (!v.equals("true") && !v.equals("false")) throw new IllegalArgumentException(key + " must be true or false, not " + v);
        return v.equals("true");
    }

    /** Runs one build with {@code context} the way the {@code build} command does, printing as it prints; returns the exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(BuildContext context, Request request, PrintWriter out, PrintWriter err) throws IOException;
    }
}
