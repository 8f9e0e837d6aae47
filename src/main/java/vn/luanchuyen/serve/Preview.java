package vn.luanchuyen.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.luanchuyen.build.BuildContext;

/**
 * Local preview of a project: builds it, serves output/ on 127.0.0.1 and rebuilds when data,
 * content or templates change; open pages reload themselves.
 *
 * <pre>{@code
 * try (Preview p = Preview.start(context, 8000)) { ... p.port() ... }
 * }</pre>
 */
public final class Preview implements AutoCloseable {
    private final Rebuilder rebuilder;
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final ServerFile file;
    private final Path output;

    private Preview(Rebuilder rebuilder, PreviewServer server, ChangeWatcher watcher, ServerFile file, Path output) {
        this.rebuilder = rebuilder;
        this.server = server;
        this.watcher = watcher;
        this.file = file;
        this.output = output;
    }

    /**
     * Builds once, then serves and watches, and takes the builds the {@code build} command hands
     * over while it runs ({@code runner} runs each, see {@link BuildHandOver}). {@code port} 0
     * takes a free port.
     */
    public static Preview start(BuildContext context, int port, HandedBuild.Runner runner) throws IOException {
        Rebuilder rebuilder = new Rebuilder(context);
        rebuilder.rebuild();
        String token = ServerFile.newSecret();
        PreviewServer server = new PreviewServer(context.output(), port, rebuilder, runner, token);
        ServerFile file = ServerFile.forThisProcess(server.port(), token, context.internal());
        file.write(context.output());
        ChangeWatcher watcher = new ChangeWatcher(context.root(), List.of("data", "content", "templates"), rebuilder::rebuildAfter);
        return new Preview(rebuilder, server, watcher, file, context.output());
    }

    public int port() {
        return server.port();
    }

    /** Whether the last build succeeded, and if not, its problems. */
    public boolean lastBuildOk() {
        return rebuilder.last().ok();
    }

    public List<String> lastProblems() {
        return rebuilder.last().problems();
    }

    /** How many builds the {@code build} command handed over to this preview. */
    public int handedOver() {
        return rebuilder.handedOver();
    }

    /** Stops as {@link #close()} does, for a shutdown hook, where nothing can be reported. */
    public void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException ignored) {
            // the process is ending; a server file left behind is ignored once its process is gone
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
        file.removeFrom(output);
    }
}
