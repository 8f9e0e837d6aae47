package vn.luanchuyen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.SourcePos;

/**
 * Refuses symbolic links in {@code content/} and {@code templates/} that lead outside the
 * project: JBake and the templates would otherwise read (and publish) files from anywhere.
 */
public final class LinkCheck {
    private LinkCheck() {
    }

    public static void outside(Path root, List<String> folders, Diagnostics diagnostics) {
        Path realRoot = real(root);
        for (String folder : folders) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isSymbolicLink).sorted().forEach(link -> {
                    if (!real(link).startsWith(realRoot)) {
                        diagnostics.error("file.link-outside", SourcePos.file(root.relativize(link).toString().replace('\\', '/')));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
