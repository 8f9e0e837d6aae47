package vn.luanchuyen.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What every output file of a kind depends on besides its own records: the program (our classes
 * and the versions of the libraries it was built with), the templates of that kind and whether
 * the build is public or internal. There are two kinds: the site (everything in {@code
 * templates/} but {@code templates/bulletin/}, so also {@code site.properties}) and the bulletins
 * ({@code templates/bulletin/}). A new version of the tool re-renders everything; an edited site
 * template re-renders the pages but no bulletin, an edited bulletin style the bulletins only.
 *
 * <pre>{@code
 * Stamp.Stamps stamps = Stamp.of(root.resolve("templates"), "public");
 * }</pre>
 */
public final class Stamp {
    private static final String BULLETIN = "bulletin/";

    private Stamp() {
    }

    /**
     * The kind of build (public or internal), the stamps of the site's pages and of the bulletins,
     * and the program's own (what caches of worked-out data depend on).
     */
    public record Stamps(String kind, String site, String bulletins, String program) {
    }

    public static Stamps of(Path templates, String kind) throws IOException {
        return of(templates, kind, program());
    }

    /**
     * As {@link #of(Path, String)}, with the digest of the program's code already worked out
     * ({@link #program()}): a process that builds again and again runs the same classes throughout,
     * so it reads them once.
     */
    public static Stamps of(Path templates, String kind, String code) throws IOException {
        MessageDigest site = sha();
        update(site, "site, " + kind + ", " + code);
        folder(site, templates, path -> !path.startsWith(BULLETIN));
        MessageDigest bulletins = sha();
        update(bulletins, "bulletins, " + kind + ", " + code);
        folder(bulletins, templates, path -> path.startsWith(BULLETIN));
        return new Stamps(kind, HexFormat.of().formatHex(site.digest(), 0, 16), HexFormat.of().formatHex(bulletins.digest(), 0, 16),
                code.substring(0, 32));
    }

    /** A digest of every file under a folder, names and bytes ("absent" when there is no folder). */
    public static String ofFolder(Path dir) throws IOException {
        MessageDigest sha = sha();
        folder(sha, dir);
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** The digest of the program's code, in hex: our classes, byte for byte, and the Maven coordinates of what was packed with them. */
    public static String program() throws IOException {
        MessageDigest program = sha();
        code(program);
        return HexFormat.of().formatHex(program.digest());
    }

    /** Our classes, byte for byte, and the Maven coordinates of what was packed with them. */
    private static void code(MessageDigest sha) throws IOException {
        Path location = programLocation();
        if (Files.isDirectory(location)) {
            folder(sha, location.resolve("vn/luanchuyen"));
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                update(sha, "classpath:" + Path.of(entry).getFileName());
            }
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().startsWith("vn/luanchuyen/") || e.getName().endsWith("/pom.properties"))
                    .filter(e -> !e.isDirectory())
                    .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                update(sha, e.getName());
                try (InputStream in = jar.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().endsWith("/pom.properties")) bytes = withoutComments(bytes);
                    sha.update(bytes);
                }
            }
        }
    }

    /** Where this program's classes are: its jar, or the folder of classes when run from the build. */
    public static Path programLocation() throws IOException {
        try {
            return Path.of(Stamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the program's classes: " + e.getMessage(), e);
        }
    }

    /** Maven writes the packaging time as a comment in pom.properties; only the coordinates count. */
    private static byte[] withoutComments(byte[] properties) {
        return new String(properties, StandardCharsets.ISO_8859_1).lines().filter(l -> !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void folder(MessageDigest sha, Path dir) throws IOException {
        folder(sha, dir, path -> true);
    }

    /** Every file under {@code dir} whose path relative to it (with "/") {@code include} accepts: its path and bytes. */
    private static void folder(MessageDigest sha, Path dir, java.util.function.Predicate<String> include) throws IOException {
        if (!Files.isDirectory(dir)) {
            update(sha, "absent:" + dir.getFileName());
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = dir.relativize(p).toString().replace('\\', '/');
                if (!include.test(path)) continue;
                update(sha, path);
                sha.update(Files.readAllBytes(p));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) b.length);
        sha.update((byte) (b.length >>> 8));
        sha.update(b);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
