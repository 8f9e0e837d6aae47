package vn.luanchuyen.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + PreviewServer.BUILD))
                .header(TOKEN_HEADER, server.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(request)))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) return Optional.empty();
            return Optional.of(JSON.readValue(response.body(), HandedBuild.Reply.class));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] bytes(HandedBuild.Request request) {
        try {
            return JSON.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
