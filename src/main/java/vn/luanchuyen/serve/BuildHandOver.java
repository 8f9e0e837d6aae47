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
 * Optional<HandedBuild.Reply> reply = BuildHandOver.to(output, internal, request); // empty: build here
 * }</pre>
 */
public final class BuildHandOver {
    static final String TOKEN_HEADER = "X-Luanchuyen-Token";

    private BuildHandOver() {
    }

    /** The running server's reply to the build, or empty when there is no server this build can be handed to. */
    public static Optional<HandedBuild.Reply> to(Path output, boolean internal, HandedBuild.Request request) {
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
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + PreviewServer.BUILD).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setRequestMethod("POST");
            c.setRequestProperty(TOKEN_HEADER, server.token());
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
