package vn.luanchuyen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import org.junit.jupiter.api.io.TempDir;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;

/** The local preview as a browser sees it: pages, refusals, rebuilds on change, errors shown. */
class PreviewTest {
    @TempDir
    Path dir;
    private Preview preview;

    @BeforeEach
    void start() throws IOException {
        for (String f : new String[] {"data", "content", "templates"}) TestProject.copyTree(Path.of(f), dir.resolve(f));
        preview = Preview.start(BuildContext.of(dir, Lang.VI, false), 0, (c, r, o, e) -> 0);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    private record Response(int status, String body) {
    }

    private Response get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + preview.port() + path).openConnection();
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A raw request line, so that no client normalises the path first. */
    private String raw(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", preview.port())) {
            s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return reply.substring(0, reply.indexOf("\r\n"));
        }
    }

    @Test
    void servesPagesWithTheReloadScript() throws IOException {
        Response home = get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"vi\">", "EventSource('/__events')");
        assertThat(get("/can-bo/nguyen-hong-son/").body()).contains("Nguyễn Hồng Sơn");
        assertThat(get("/assets/site.css").body()).doesNotContain("EventSource");
        assertThat(get("/khong-co/").status()).isEqualTo(404);
    }

    @Test
    void refusesEveryRequestOutsideTheSiteFolder() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "bí mật");
        for (String target : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/%5c..%5csecret.txt", "/assets/..\\..\\secret.txt", "/%00"}) {
            assertThat(raw(target)).as(target).matches("HTTP/1\\.1 (403|404|400).*");
        }
        assertThat(get("/../secret.txt").body()).doesNotContain("bí mật");
    }

    @Test
    void rebuildsWhenDataChangesAndKeepsTheLastGoodSiteOnErrors() throws Exception {
        Path son = dir.resolve("data/cadres/nguyen-hong-son.yaml");
        String original = Files.readString(son);
        Files.writeString(son, original.replace("name: Nguyễn Hồng Sơn", "name: Nguyễn Hồng Sơn Mới"));
        waitFor(() -> body("/can-bo/nguyen-hong-son/").contains("Nguyễn Hồng Sơn Mới"));

        Files.writeString(son, original.replace("from: 2020-03\n    to: ~2020-06", "from: 2020-13\n    to: ~2020-06"));
        waitFor(() -> !preview.lastBuildOk());
        assertThat(preview.lastProblems()).anySatisfy(p -> assertThat(p).contains("nguyen-hong-son.yaml", "[date.invalid]"));
        assertThat(get("/__status").body()).contains("\"ok\":false", "date.invalid");
        assertThat(body("/can-bo/nguyen-hong-son/")).as("the last good site is still served").contains("Nguyễn Hồng Sơn Mới");

        Files.writeString(son, original);
        waitFor(() -> preview.lastBuildOk() && !body("/can-bo/nguyen-hong-son/").contains("Mới"));
    }

    private String body(String path) {
        try {
            return get(path).body();
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(end);
            Thread.sleep(100);
        }
    }

}
