package vn.luanchuyen.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per output folder: an OS file lock on {@code output.lock} beside it. The OS
 * releases the lock when the process dies, so a killed build never leaves a stale lock.
 */
public final class BuildLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link Busy} at once when another build holds it. */
    public static BuildLock take(Path output) throws IOException {
        Path file = output.resolveSibling(output.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new Busy(file);
        }
        return new BuildLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another build holds the lock. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        Busy(Path file) {
            super("another build is writing " + file.getParent().resolve("output") + " (lock " + file + ")");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
