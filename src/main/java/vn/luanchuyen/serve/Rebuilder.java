package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.build.ProcessMemory;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Messages;
import vn.luanchuyen.render.TemplateProblem;

/**
 * Runs builds for the preview and tells listeners how each ended: "ok", or the problems as the
 * command line prints them. A failed build leaves the last good site in place (the build only
 * swaps output/ in when complete), so the preview keeps serving it.
 */
final class Rebuilder {
    /** The exit code of a handed-over build that failed with an exception (the command line's for a failure). */
    static final int FAILED = 2;
    private final BuildContext context;
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private volatile Outcome last = new Outcome(false, List.of("chưa dựng"));
    private int handedOver;
    /** {@link System#nanoTime()} at the start of the last build; a change seen before it is in that build. */
    private long lastStart;
    private boolean started;

    /** How a build ended: ok, or the lines that say what is wrong. */
    record Outcome(boolean ok, List<String> problems) {
    }

    Rebuilder(BuildContext context) {
        this.context = context.memory() == null ? context.withMemory(new ProcessMemory()) : context;
    }

    void onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    Outcome last() {
        return last;
    }

    /**
     * Builds after changes seen at {@code seen} ({@link System#nanoTime()}), unless a build started
     * after that (one the command line handed over, say): that build read the changed files
     * already, so another would find nothing new. Whether it built.
     */
    synchronized boolean rebuildAfter(long seen) {
        if (started && lastStart - seen > 0) return false;
        rebuild();
        return true;
    }

    synchronized Outcome rebuild() {
        starting();
        Messages messages = new Messages(context.lang());
        Outcome outcome;
        try {
            Build.Result r = new Build(context).run();
            List<String> lines = new ArrayList<>();
            r.checked().diagnostics().stream().filter(Diagnostic::isError).map(d -> d.format(messages)).forEach(lines::add);
            outcome = new Outcome(r.ok(), lines);
        } catch (TemplateProblem e) {
            outcome = new Outcome(false, List.of(e.where() + ": [template] " + e.getMessage().strip()));
        } catch (IOException | RuntimeException e) {
            outcome = new Outcome(false, List.of(String.valueOf(e.getMessage())));
        }
        tell(outcome);
        return outcome;
    }

    /**
     * Runs a build handed over by the {@code build} command of another process, one at a time with
     * the builds after changes, and answers with what it printed; open pages follow it as they
     * follow those builds.
     */
    synchronized HandedBuild.Reply handOver(HandedBuild.Runner runner, HandedBuild.Request request) {
        starting();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        handedOver++;
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            try {
                exit = runner.run(request.fresh() ? context.fresh() : context, request, o, e); // printed in the request's language
            } catch (IOException | RuntimeException failed) {
                e.println("luanchuyen: " + failed);
                exit = FAILED;
            }
        }
        tell(exit == 0 ? new Outcome(true, List.of()) : new Outcome(false, err.toString().lines().toList()));
        return new HandedBuild.Reply(exit, out.toString(), err.toString());
    }

    /** How many builds the command line handed over. */
    synchronized int handedOver() {
        return handedOver;
    }

    private void starting() {
        lastStart = System.nanoTime();
        started = true;
    }

    private void tell(Outcome outcome) {
        last = outcome;
        for (Consumer<Outcome> l : listeners) l.accept(outcome);
    }
}
