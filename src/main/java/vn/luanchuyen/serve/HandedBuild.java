package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;

/**
 * A build the {@code build} command of another process hands to a running preview server, so that
 * it runs in the process that still holds the parsed data and the history (see
 * {@link ServerFile}): what was asked, what the build printed, and how the command should exit.
 * Both go over the wire as Java properties in UTF-8: the JDK reads them in a process just started,
 * where a JSON library would first have to load (a tenth of a second).
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
            store(p, out);
        }

        /** The request in {@code in}; {@link IllegalArgumentException} when it is not one. */
        static Request readFrom(InputStream in) throws IOException {
            Properties p = load(in);
            return new Request(flag(p, "fresh"), flag(p, "timings"), Lang.valueOf(required(p, "lang")));
        }
    }

    /** What the build printed to standard output and to standard error, and the exit code. */
    public record Reply(int exit, String out, String err) {
        void writeTo(OutputStream out) throws IOException {
            Properties p = new Properties();
            p.setProperty("exit", String.valueOf(exit));
            p.setProperty("out", this.out);
            p.setProperty("err", err);
            store(p, out);
        }

        /** The reply in {@code in}; {@link IllegalArgumentException} when it is not one. */
        static Reply readFrom(InputStream in) throws IOException {
            Properties p = load(in);
            return new Reply(Integer.parseInt(required(p, "exit")), required(p, "out"), required(p, "err"));
        }
    }

    private static void store(Properties p, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        p.store(w, null);
        w.flush();
    }

    private static Properties load(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("missing " + key);
        return v;
    }

    private static boolean flag(Properties p, String key) {
        String v = required(p, key);
        if (!v.equals("true") && !v.equals("false")) throw new IllegalArgumentException(key + " must be true or false, not " + v);
        return v.equals("true");
    }

    /** Runs one build with {@code context} the way the {@code build} command does, printing as it prints; returns the exit code. */
    @FunctionalInterface
    public interface Runner {
        int run(BuildContext context, Request request, PrintWriter out, PrintWriter err) throws IOException;
    }
}
