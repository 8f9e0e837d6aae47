package vn.luanchuyen.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Serves a built site from its folder on 127.0.0.1, as a plain static host would: a folder
 * address ending in "/" serves its {@code index.html}, a folder without it is redirected, a
 * missing file gets the site's {@code 404.html} with status 404. Every request is recorded.
 *
 * <pre>{@code
 * try (StaticServer server = StaticServer.start(out)) {
 *     driver.get(server.url("don-vi/vo-nhai/"));
 * }
 * }</pre>
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");
    private final HttpServer server;
    private final Path root;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    static StaticServer start(Path root) throws IOException {
        return new StaticServer(root);
    }

    /** The address of a page, relative to the site root: "" is the home page. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every request so far, as "STATUS /path". */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !exchange.getRequestMethod().equals("GET")) {
                respond(exchange, path, 403, "txt", new byte[0]);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawPath() + "/");
                    respond(exchange, path, 301, "txt", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                String name = file.getFileName().toString();
                respond(exchange, path, 200, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
            } else {
                respond(exchange, path, 404, "html", Files.readAllBytes(root.resolve("404.html")));
            }
        }
    }

    private void respond(HttpExchange exchange, String path, int status, String extension, byte[] body) throws IOException {
        requests.add(status + " " + path);
        exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
