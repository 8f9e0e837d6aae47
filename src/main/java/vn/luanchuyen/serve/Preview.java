package vn.luanchuyen.serve;

import java.io.IOException;
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

    private Preview(Rebuilder rebuilder, PreviewServer server, ChangeWatcher watcher) {
        this.rebuilder = rebuilder;
        this.server = server;
        this.watcher = watcher;
    }

    /** Builds once, then serves and watches. {@code port} 0 takes a free port. */
    public static Preview start(BuildContext context, int port) throws IOException {
        Rebuilder rebuilder = new Rebuilder(context);
        rebuilder.rebuild();
        PreviewServer server = new PreviewServer(context.output(), port, rebuilder);
        ChangeWatcher watcher = new ChangeWatcher(context.root(), List.of("data", "content", "templates"), rebuilder::rebuild);
        return new Preview(rebuilder, server, watcher);
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

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
