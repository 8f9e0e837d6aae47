package vn.luanchuyen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Messages;

/** A project in a temporary folder, written file by file in a test. */
public record TestProject(Path root) implements AutoCloseable {

    /** A project in a new temporary folder, deleted on {@link #close()}: for property tests. */
    public static TestProject temporary() throws IOException {
        return new TestProject(Files.createTempDirectory("luanchuyen-test"));
    }

    /** A copy of the shipped sample project (its data, articles and templates) in a new temporary folder. */
    public static TestProject sample() throws IOException {
        TestProject project = temporary();
        for (String dir : java.util.List.of("data", "content", "templates")) copyTree(Path.of(dir).toAbsolutePath(), project.root().resolve(dir));
        return project;
    }

    @Override
    public void close() throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    public TestProject write(String path, String text) throws IOException {
        return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject writeBytes(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** A province, a district and a commune, and one source: enough for a cadre to refer to. */
    public TestProject withBase() throws IOException {
        return write("data/sources/bao-mau.yaml", """
                id: bao-mau
                publication: Báo Mẫu
                title: Bài mẫu
                date: 2022-07-04
                """)
                .write("data/units/tinh-a.yaml", """
                        units:
                          - id: tinh-a
                            name: Tỉnh A
                            type: tỉnh
                        """)
                .write("data/units/tinh-a/huyen-b.yaml", """
                        units:
                          - id: huyen-b
                            name: Huyện B
                            type: huyện
                            parent: tinh-a
                          - id: xa-c
                            name: Xã C
                            type: xã
                            parent: huyen-b
                          - id: xa-d
                            name: Xã D
                            type: xã
                            parent: huyen-b
                        """);
    }

    public Checked check() {
        return Checked.of(root);
    }

    /** The diagnostics as check prints them, in English. */
    public java.util.List<String> lines() {
        Messages en = new Messages(Lang.EN);
        return check().diagnostics().stream().map(d -> d.format(en)).toList();
    }

    /**
     * A project of {@code communes} communes from the national generator (seed 7), with the
     * project's templates and an empty content folder: for builds on data of some size.
     */
    public static TestProject generated(int communes) throws IOException {
        return generated(communes, 7, vn.luanchuyen.bench.NationalGenerator.Scenario.THREE_TIERS);
    }

    /** As {@link #generated(int)}, from this seed, of this country (with or without the 2025 reform). */
    public static TestProject generated(int communes, long seed, vn.luanchuyen.bench.NationalGenerator.Scenario scenario)
            throws IOException {
        TestProject project = temporary();
        new vn.luanchuyen.bench.NationalGenerator(seed).write(project.root(), communes, scenario);
        return project.withTemplates();
    }

    /** Builds the public site and bulletins into {@code output/}; fails the test when the build does not succeed. */
    public Path build() throws IOException {
        Path out = root.resolve("output");
        var result = new vn.luanchuyen.build.Build(new vn.luanchuyen.build.BuildContext(root, out, Lang.VI, false)).run();
        if (!result.ok()) throw new AssertionError("build: " + result.checked().diagnostics());
        return out;
    }

    /** The project's templates and an empty content folder, as a generated project needs to be built. */
    public TestProject withTemplates() throws IOException {
        copyTree(Path.of("templates").toAbsolutePath(), root.resolve("templates"));
        Files.createDirectories(root.resolve("content"));
        return this;
    }

    /** Every file under a folder, by its path from there with '/' between names, with its bytes; sorted by path. */
    public static java.util.SortedMap<String, byte[]> files(Path dir) throws IOException {
        java.util.SortedMap<String, byte[]> out = new java.util.TreeMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return out;
    }

    /** Where {@link #output} puts what a build recorded for the next one. */
    public static final String RECORDED = ".luanchuyen/recorded";

    /**
     * The files of a build's output, but what the build recorded for the next one (its manifest and
     * page tasks, written whole or with changes appended, {@link vn.luanchuyen.reuse.Reuse}) as one
     * text under {@value #RECORDED}: the same for two outputs that record the same, however written.
     */
    public static java.util.SortedMap<String, byte[]> output(Path dir) throws IOException {
        java.util.SortedMap<String, byte[]> out = files(dir);
        byte[] manifest = out.remove(vn.luanchuyen.reuse.Reuse.MANIFEST);
        out.remove(vn.luanchuyen.reuse.Reuse.TASKS);
        out.remove(vn.luanchuyen.reuse.Reuse.CHANGES);
        if (manifest != null) {
            String header = new String(manifest, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            String kind = header.substring(header.lastIndexOf(", ") + 2);
            out.put(RECORDED, vn.luanchuyen.reuse.Reuse.recorded(dir, kind).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Copies a folder tree (the project's templates, say) into another. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
