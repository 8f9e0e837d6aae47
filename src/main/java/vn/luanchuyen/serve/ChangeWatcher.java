package vn.luanchuyen.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Watches data/, content/ and templates/ (every folder below them, new ones too) and calls back
 * once per burst of changes, after they have been quiet for a moment (an editor saves in steps),
 * with the {@link System#nanoTime()} at which the last change of the burst was seen: every
 * change of the burst was made before it.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 250;
    private final WatchService watch;
    private final Thread thread;

    ChangeWatcher(Path root, List<String> folders, LongConsumer onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        for (String f : folders) register(root.resolve(f));
        this.thread = new Thread(() -> loop(onChange), "luanchuyen-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watch, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void loop(LongConsumer onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                long seen = System.nanoTime();
                drain(key);
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    seen = System.nanoTime();
                    drain(more);
                }
                onChange.accept(seen);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(e -> {
            if (e.kind() == ENTRY_CREATE && e.context() instanceof Path p && Files.isDirectory(dir.resolve(p))) {
                try {
                    register(dir.resolve(p));
                } catch (IOException ignored) {
                    // the folder went away again
                }
            }
        });
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
