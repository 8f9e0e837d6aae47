package vn.luanchuyen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code build} command's side of handing a build to the preview server running for the same
 * output folder: the server still holds the parsed data, the history and what its last build worked
 * out, so a build after one edit takes seconds where a new process would read everything again.
 * Hands over only to a live server of the same program and the same kind of build (public or
 * internal); otherwise, or when the server cannot be reached, the command builds itself.
 *
 * <pre>{@code
 * Optional<BuildHandOver.Server> server = BuildHandOver.find(output, internal); // empty: build here
 * Optional<HandedBuild.Reply> reply = server.flatMap(s -> s.build(request));   // empty: it did not answer
 * }</pre>
 */
public final class BuildHandOver {
    static final String TOKEN_HEADER = "X-Luanchuyen-Token";

    private BuildHandOver() {
    }

    /**
     * The live server of this program and this kind of build running for {@code output}, if any; a
     * server file whose process is gone is removed.
     */
    public static Optional<Server> find(Path output, boolean internal) {
        Optional<ServerFile> found = ServerFile.read(output);
        if (found.isEmpty()) return Optional.empty();
        ServerFile server = found.get();
        if (!server.alive()) {
            try {
                Files.deleteIfExists(ServerFile.of(output)); // left by a server that was killed
            } catch (IOException ignored) {
                // another process removed it first, or the folder is read-only: either way it is not used
            }
            return Optional.empty();
        }
        if (server.internal() != internal || !server.program().equals(ServerFile.thisProgram())) return Optional.empty();
        return Optional.of(new Server(server));
    }

    /** A preview server a build can be handed to. */
    public static final class Server {
        private final ServerFile file;

        private Server(ServerFile file) {
            this.file = file;
        }

        /** The server's process id. */
        public long pid() {
            return file.pid();
        }

        /** What the server's build printed and its exit code; empty when the server could not be reached or did not answer. */
        public Optional<HandedBuild.Reply> build(HandedBuild.Request request) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + file.port() + PreviewServer.BUILD).toURL()
                        .openConnection();
                c.setConnectTimeout(2000);
                c.setRequestMethod("POST");
                c.setRequestProperty(TOKEN_HEADER, file.token());
                c.setRequestProperty("Content-Type", "text/plain; charset=utf-8");
                c.setDoOutput(true);
                try (OutputStream body = c.getOutputStream()) {
                    request.writeTo(body);
                }
                if (c.getResponseCode() != 200) return Optional.empty();
                try (InputStream in = c.getInputStream()) {
                    return Optional.of(HandedBuild.Reply.readFrom(in));
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
