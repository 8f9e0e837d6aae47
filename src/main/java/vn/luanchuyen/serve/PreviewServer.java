package vn.luanchuyen.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local preview: serves output/ on 127.0.0.1 only, refuses any request that would leave it,
 * and adds to every HTML page a small script that reloads it after a good rebuild or shows the
 * problems of a failed one (the last good site stays served). Uses the JDK's HTTP server.
 */
final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__events";
    static final String STATUS = "/__status";
    static final String BUILD = "/__build";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "<script>(function(){function show(m){var d=document.getElementById('__lc');"
            + "if(m.ok){if(d)d.remove();return;}if(!d){d=document.createElement('pre');d.id='__lc';document.body.appendChild(d);}"
            + "d.style.cssText='position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;padding:1em;"
            + "background:#fff3f3;color:#8b1a1a;border-top:3px solid #8b1a1a;z-index:9999;white-space:pre-wrap';"
            + "d.textContent='Dựng lại không thành công; đang hiển thị bản tốt gần nhất.\\n\\n'+m.problems.join('\\n');}"
            + "fetch('" + STATUS + "').then(function(r){return r.json();}).then(show);"
            + "var s=new EventSource('" + EVENTS + "');s.onmessage=function(e){var m=JSON.parse(e.data);"
            + "if(m.ok){location.reload();}else{show(m);}};})();</script>";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "luanchuyen-preview");
        t.setDaemon(true);
        return t;
    });
    private final SiteFiles files;
    private final Rebuilder rebuilder;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final HandedBuild.Runner runner;
    private final byte[] token;

    /**
     * @param runner runs the builds the {@code build} command hands over ({@link BuildHandOver}),
     *               each asked with {@code token}
     */
    PreviewServer(Path output, int port, Rebuilder rebuilder, HandedBuild.Runner runner, String token) throws IOException {
        this.files = new SiteFiles(output);
        this.rebuilder = rebuilder;
        this.runner = runner;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext(EVENTS, this::events);
        server.createContext(STATUS, this::status);
        server.createContext(BUILD, this::build);
        server.createContext("/", this::file);
        rebuilder.onOutcome(this::broadcast);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void file(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            SiteFiles.Found found = files.find(ex.getRequestURI().getRawPath());
            if (found.status() != 200) {
                send(ex, found.status(), "text/html; charset=utf-8", found.body());
                return;
            }
            byte[] body = Files.readAllBytes(found.file());
            if (found.type().startsWith("text/html")) {
                String html = new String(body, StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                body = (end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end)).getBytes(StandardCharsets.UTF_8);
            }
            send(ex, 200, found.type(), body);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) ex.getResponseBody().write(body);
    }

    /** A build handed over by the command line: POST with the secret of {@code output.server}; answers with what it printed. */
    private void build(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String shown = ex.getRequestHeaders().getFirst(BuildHandOver.TOKEN_HEADER);
            if (shown == null || !MessageDigest.isEqual(token, shown.getBytes(StandardCharsets.UTF_8))) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            HandedBuild.Request request;
            try {
                request = HandedBuild.Request.readFrom(ex.getRequestBody());
            } catch (IllegalArgumentException e) {
                send(ex, 400, "text/plain; charset=utf-8", ("bad request: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            java.io.ByteArrayOutputStream reply = new java.io.ByteArrayOutputStream();
            rebuilder.handOver(runner, request).writeTo(reply);
            send(ex, 200, "text/plain; charset=utf-8", reply.toByteArray());
        }
    }

    private void status(HttpExchange ex) throws IOException {
        try (ex) {
            send(ex, 200, "application/json; charset=utf-8", message(rebuilder.last()));
        }
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void broadcast(Rebuilder.Outcome outcome) {
        byte[] event;
        try {
            event = ("data: " + new String(message(outcome), StandardCharsets.UTF_8) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
            }
        }
    }

    private static byte[] message(Rebuilder.Outcome o) throws IOException {
        return JSON.writeValueAsBytes(Map.of("ok", o.ok(), "problems", o.problems()));
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
