package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code output.server}, beside the output folder while a preview server runs (Java properties): where the server
 * listens, the secret a build command must show it, its process, the program it runs (the jar's
 * path, size and time) and whether its builds are internal. Readable by its owner only; the server
 * removes it when it stops, and a file whose process is gone is ignored.
 */
record ServerFile(int port, String token, long pid, String program, boolean internal) {

    /** A new secret: 128 random bits, in hexadecimal. */
    static String newSecret() {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The file for a server of this process, listening on {@code port} and asking for {@code token}. */
    static ServerFile forThisProcess(int port, String token, boolean internal) {
        return new ServerFile(port, token, ProcessHandle.current().pid(), thisProgram(), internal);
    }

    static Path of(Path output) {
        return output.resolveSibling(output.getFileName() + ".server");
    }

    /** The file of the server running for {@code output}, if there is a readable one. */
    static Optional<ServerFile> read(Path output) {
        Path file = of(output);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = WireProperties.load(in);
            return Optional.of(new ServerFile(Integer.parseInt(WireProperties.required(p, "port")), WireProperties.required(p, "token"),
                    Long.parseLong(WireProperties.required(p, "pid")), WireProperties.required(p, "program"),
                    Boolean.parseBoolean(p.getProperty("internal"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // damaged or half-written by hand: as if no server ran
        }
    }

    /** Written whole or not at all: to a file of the owner's only, then renamed into place. */
    void write(Path output) throws IOException {
        Path file = of(output);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        try {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(part);
        }
        Properties p = new Properties();
        p.setProperty("port", String.valueOf(port));
        p.setProperty("token", token);
        p.setProperty("pid", String.valueOf(pid));
        p.setProperty("program", program);
        p.setProperty("internal", String.valueOf(internal));
        try (OutputStream out = Files.newOutputStream(part)) {
            WireProperties.store(p, "luanchuyen serve: the build command hands its builds to this server", out);
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the file if it is still this one (a later server may have replaced it). */
    void removeFrom(Path output) throws IOException {
        if (read(output).map(f -> f.token().equals(token)).orElse(false)) Files.deleteIfExists(of(output));
    }

    /** Whether the server's process still runs. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The program this process runs: where its classes are, their size and time (a rebuilt jar is another program). */
    static String thisProgram() {
        try {
            Path classes = vn.luanchuyen.reuse.Stamp.programLocation();
            return classes + " " + Files.size(classes) + " " + Files.getLastModifiedTime(classes).toMillis();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
