package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;
import vn.luanchuyen.diag.Progress;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.reuse.Reuse;
import vn.luanchuyen.reuse.Stamp;
import vn.luanchuyen.text.Fold;

/**
 * Writes bulletins: data → view → XHTML (templates in {@code templates/bulletin/}) → PDF. Make one
 * per run: fonts and templates are loaded once. A public writer ({@code internal = false}) redacts
 * whatever dataset it is given, so internal data cannot reach a public bulletin; an internal one
 * prints everything and marks every page. The same data give the same bytes. Not thread-safe.
 *
 * <pre>{@code
 * BulletinWriter writer = new BulletinWriter(root, false);
 * byte[] pdf = writer.render(spec, publicData);
 * }</pre>
 */
public final class BulletinWriter {
    private final Path templatesDir;
    private final boolean internal;
    private final BulletinConfig config;
    private final DataVersion versions;
    private final BulletinTemplates templates;
    /** Parsed on the first bulletin this writer lays out: a rebuild that keeps every bulletin reads no font. */
    private BulletinFonts fonts;
    private PdfRenderer renderer;
    private final byte[] css;

    public BulletinWriter(Path root, boolean internal) {
        this(root, internal, DataVersion.none());
    }

    /** @param versions the data commit each bulletin prints on every page */
    public BulletinWriter(Path root, boolean internal, DataVersion versions) {
        this(root, internal, versions, BulletinConfig.load(templatesDir(root)));
    }

    /** A writer with the settings its bulletin set was made with, read once for the catalog and every writer. */
    private BulletinWriter(Path root, boolean internal, DataVersion versions, BulletinConfig config) {
        this.templatesDir = templatesDir(root);
        this.internal = internal;
        this.config = config;
        this.versions = versions;
        this.templates = new BulletinTemplates(templatesDir);
        try {
            this.css = Files.readAllBytes(templatesDir.resolve("bulletin.css"));
        } catch (IOException e) {
            throw new BulletinException("không đọc được " + templatesDir.resolve("bulletin.css") + ": " + e.getMessage(), e);
        }
    }

    /** The bulletins' templates and settings in the project at {@code root}. */
    static Path templatesDir(Path root) {
        return root.resolve("templates").resolve("bulletin").toAbsolutePath().normalize();
    }

    /**
     * Writes every bulletin of the catalog using {@code threads} writers side by side (each with its
     * own fonts and renderer: one writer is not thread-safe); the files are the same as one writer's.
     */
    public static List<BulletinSpec> writeAll(Path root, boolean internal, DataVersion versions, Dataset data, Path dir, int threads)
            throws IOException {
        return writeAll(root, BulletinSet.of(root, data, internal), versions, dir, threads,
                Reuse.nothing(new Stamp.Stamps(internal ? "internal" : "public", "", "", "")), Kept.NEVER, "", Progress.none());
    }

    /**
     * Which bulletins may be kept from the previous build without even building their view: the
     * key of each bulletin's inputs (empty: always built), and whether to build the kept ones
     * anyway and fail if one differs (tests).
     */
    public record Kept(java.util.function.Function<BulletinSpec, java.util.Optional<String>> keys, boolean verify) {
        public static final Kept NEVER = new Kept(s -> java.util.Optional.empty(), false);
    }

    /**
     * Writes every bulletin of {@code set}, reporting each to {@code progress}; a bulletin made from
     * the same view, date, settings and name as in the previous build (and the same bulletin
     * templates) is kept ({@code reuse}, paths under {@code prefix}) instead of laid out again.
     */
    public static List<BulletinSpec> writeAll(Path root, BulletinSet set, DataVersion versions, Path dir, int threads,
                                              Reuse reuse, Kept kept, String prefix, Progress progress) throws IOException {
        Files.createDirectories(dir);
        boolean internal = set.internal();
        BulletinWriter first = new BulletinWriter(root, internal, versions, set.config());
        DataIndex index = set.index();
        List<BulletinSpec> specs = set.specs();
        int n = Math.max(1, Math.min(threads, specs.size()));
        progress.start("Bản tin", specs.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < n; t++) {
                int slice = t;
                running.add(pool.submit(() -> {
                    BulletinWriter w = slice == 0 ? first : new BulletinWriter(root, internal, versions, set.config());
                    for (int i = slice; i < specs.size(); i += n) {
                        w.write(index, specs.get(i), dir, reuse, kept, prefix);
                        progress.step();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        return specs;
    }

    /** One bulletin as PDF bytes. */
    public byte[] render(BulletinSpec spec, Dataset data) {
        return pdf(new DataIndex(BulletinSet.visible(data, internal)), spec);
    }

    /** The XHTML behind one bulletin, exactly as it is rendered. */
    public String xhtml(BulletinSpec spec, Dataset data) {
        return XhtmlDocument.serialize(page(new DataIndex(BulletinSet.visible(data, internal)), spec).dom());
    }

    /**
     * A bulletin's XHTML as the templates wrote it ({@code source}), and as a document with its
     * columns balanced ({@code dom}, what is rendered; serialized only when asked for).
     */
    private record Page(String source, Document dom, PartialDate dated) {
    }

    private BulletinFonts fonts() {
        if (fonts == null) fonts = new BulletinFonts();
        return fonts;
    }

    private PdfRenderer renderer() {
        if (renderer == null) renderer = new PdfRenderer(fonts(), templatesDir);
        return renderer;
    }

    private byte[] pdf(DataIndex index, BulletinSpec spec) {
        return pdf(page(index, spec), spec);
    }

    private byte[] pdf(Page page, BulletinSpec spec) {
        return renderer().render(page.dom(), dated(page), id(page.source()), spec.fileName());
    }

    private static LocalDate dated(Page page) {
        PartialDate d = page.dated();
        return d.precision() == PartialDate.Precision.DAY ? d.earliest() : d.latest();
    }

    /**
     * Writes one bulletin, or takes it from the previous build when its view (every text and
     * number it shows), date, settings and name are the same; the bulletin templates and styles
     * are in the bulletins' stamp.
     */
    private void write(DataIndex index, BulletinSpec spec, Path dir, Reuse reuse, Kept kept, String prefix) throws IOException {
        String file = prefix + spec.fileName();
        java.util.Optional<String> key = kept.keys().apply(spec);
        boolean unchanged = key.flatMap(reuse::keepTask).isPresent();
        if (unchanged && !kept.verify()) return;
        ViewBuilder.Built built = new ViewBuilder(index, config, versions, internal).build(spec);
        String fingerprint = reuse.bulletinFingerprint().add(built.view()).add(built.dated()).add(config).add(spec.fileName()).hex();
        if (unchanged && !reuse.previousFingerprint(file).equals(java.util.Optional.of(fingerprint))) {
            throw new IllegalStateException("bulletin " + file + " kept by its inputs differs when built: it reads something its inputs do not name");
        }
        key.ifPresent(k -> reuse.madeTask(k, List.of(file)));
        if (reuse.take(file, fingerprint)) return;
        Files.write(dir.resolve(spec.fileName()), pdf(page(index, built), spec));
        reuse.rendered();
    }

    private Page page(DataIndex index, BulletinSpec spec) {
        return page(index, new ViewBuilder(index, config, versions, internal).build(spec));
    }

    private Page page(DataIndex index, ViewBuilder.Built built) {
        String xhtml = Fold.nfc(templates.render(built.view()));
        Document dom = XhtmlDocument.parse(xhtml);
        new ColumnBalancer().balance(dom);
        new GlyphCheck(fonts(), new TextOrigins(index.data(), config, templatesDir)).check(dom);
        return new Page(xhtml, dom, built.dated());
    }

    /**
     * The document ID: a digest of everything the pages are made from, the templates' XHTML and
     * the stylesheet (the balanced columns follow from the XHTML).
     */
    private byte[] id(String xhtml) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(xhtml.getBytes(StandardCharsets.UTF_8));
            sha.update(css);
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
