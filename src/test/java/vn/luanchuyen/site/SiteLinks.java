package vn.luanchuyen.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an address in a page of the built site leads: a file of the output folder and a
 * fragment, resolved the way a static web server does (a folder address ending in "/" means its
 * {@code index.html}; percent-escapes are decoded as UTF-8).
 */
final class SiteLinks {
    private final Path out;
    private final String host;

    /** {@code host} is the site's public address ("https://luanchuyen.example.vn/"): links to it are internal. */
    SiteLinks(Path out, String host) {
        this.out = out.toAbsolutePath().normalize();
        this.host = host;
    }

    /** A resolved address: the file (maybe missing) and the fragment ("" when none). */
    record Target(Path file, String fragment, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** True for addresses that leave the site: another scheme or host. */
    boolean isExternal(String href) {
        if (href.startsWith(host)) return false;
        return href.startsWith("//") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /** Resolves an internal address found in {@code page} (relative to the output folder). */
    Target resolve(String page, String href) {
        String address = href.startsWith(host) ? "/" + href.substring(host.length()) : href;
        String fragment = "";
        int hash = address.indexOf('#');
        if (hash >= 0) {
            fragment = decode(address.substring(hash + 1));
            address = address.substring(0, hash);
        }
        int query = address.indexOf('?');
        if (query >= 0) address = address.substring(0, query);
        String path = decode(address);
        Path base = path.startsWith("/") ? out : out.resolve(page).getParent();
        Path file = (path.startsWith("/") ? out.resolve(path.substring(1)) : base.resolve(path)).normalize();
        if (path.isEmpty()) file = out.resolve(page);
        if (!file.startsWith(out)) return new Target(file, fragment, "leads outside the site");
        if (Files.isDirectory(file)) {
            if (!path.isEmpty() && !path.endsWith("/")) return new Target(file, fragment, "folder address without a final /");
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) return new Target(file, fragment, "no such file: " + out.relativize(file));
        return new Target(file, fragment, null);
    }

    /** The path of a site address (a sitemap {@code <loc>}) relative to the output folder, if it is on the site's host. */
    Optional<String> sitePath(String url) {
        if (!url.startsWith(host)) return Optional.empty();
        return Optional.of(decode(url.substring(host.length())));
    }

    /** Percent-decoding as UTF-8; "+" stays "+" (it only means a space in form data). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
                i++;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
