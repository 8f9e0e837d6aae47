package vn.luanchuyen.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Maps a request path to a file of the site, and refuses anything that would leave the site's
 * folder: "..", encoded or not, backslashes, NUL, absolute paths, links pointing out.
 */
final class SiteFiles {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "pdf", "application/pdf", "txt",
            "text/plain; charset=utf-8");
    private final Path root;

    SiteFiles(Path root) {
        this.root = root;
    }

    /** What to answer: 200 with a file and its type, or 403/404 with a short page. */
    record Found(int status, Path file, String type, byte[] body) {
    }

    Found find(String rawPath) throws IOException {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse();
        }
        if (!path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0) return refuse();
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return refuse();
        }
        Path base = root.toRealPath();
        Path file = base.resolve(path.substring(1)).normalize();
        if (!file.startsWith(base)) return refuse();
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) return notFound(base);
        if (!file.toRealPath().startsWith(base)) return refuse();
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return new Found(200, file, TYPES.getOrDefault(ext, "application/octet-stream"), null);
    }

    private static Found refuse() {
        return new Found(403, null, null, "<!DOCTYPE html><title>403</title><p>Không được phép.</p>".getBytes(StandardCharsets.UTF_8));
    }

    private static Found notFound(Path base) throws IOException {
        Path page = base.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : "<!DOCTYPE html><title>404</title><p>Không tìm thấy.</p>".getBytes(StandardCharsets.UTF_8);
        return new Found(404, null, null, body);
    }
}
