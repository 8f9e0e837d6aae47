package vn.luanchuyen.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a build into a fresh folder beside {@code output/} and swaps it in only when complete,
 * so a failed or killed build leaves the previous {@code output/} whole. The swap is two renames
 * (output → output.old, staging → output); a process killed between them leaves the previous
 * output in {@code output.old}, which the next build puts back before anything else.
 */
public final class OutputSwap {
    private final Path output;
    private final Path staging;

    public OutputSwap(Path output) {
        this.output = output;
        this.staging = output.resolveSibling(output.getFileName() + ".staging");
    }

    /** A new empty folder to write into; first puts back the previous output if a build died while swapping. */
    public Path begin() throws IOException {
        Path old = output.resolveSibling(output.getFileName() + ".old");
        if (!Files.exists(output) && Files.exists(old)) Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
        TreeRemoval.remove(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Puts the staged folder in place of {@code output/}. */
    public void commit() throws IOException {
        Path old = output.resolveSibling(output.getFileName() + ".old");
        TreeRemoval.remove(old);
        if (Files.exists(output)) Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        TreeRemoval.remove(old);
    }

    /** Drops the staged folder; {@code output/} is untouched. */
    public void abandon() throws IOException {
        TreeRemoval.remove(staging);
    }
}
