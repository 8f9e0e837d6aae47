package vn.luanchuyen.bulletin;

import java.nio.file.Path;
import java.util.List;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.publish.Redactor;

/**
 * The bulletins of one build: the dataset as their readers may see it (its public view unless the
 * build is internal), indexed once, and which bulletins it makes. A build lists them on the site
 * and writes them from this one index instead of deriving and sorting every move again.
 *
 * <pre>{@code
 * BulletinSet set = BulletinSet.of(root, data, false);
 * BulletinWriter.writeAll(root, set, DataVersion.none(), dir, 2, reuse, BulletinWriter.Kept.NEVER, "bulletins/", Progress.none());
 * }</pre>
 */
public final class BulletinSet {
    private final boolean internal;
    private final DataIndex index;
    private final List<BulletinSpec> specs;
    /** The project's bulletin settings, read once for the catalog and the writers alike. */
    private final BulletinConfig config;

    private BulletinSet(boolean internal, DataIndex index, List<BulletinSpec> specs, BulletinConfig config) {
        this.internal = internal;
        this.index = index;
        this.specs = specs;
        this.config = config;
    }

    /**
     * The bulletins of {@code data} that the project at {@code root} makes (its
     * bulletin.properties may set the first year); unless {@code internal}, made from its public
     * view whatever the caller passed.
     */
    public static BulletinSet of(Path root, Dataset data, boolean internal) {
        return ofVisible(root, new Derived(visible(data, internal)), internal);
    }

    /**
     * The bulletins the project at {@code root} makes of data already as their readers may see it
     * (the public view unless {@code internal}), whose units' tree and moves the build has
     * already worked out.
     */
    public static BulletinSet ofVisible(Path root, Derived visible, boolean internal) {
        BulletinConfig config = BulletinConfig.load(BulletinWriter.templatesDir(root));
        DataIndex index = new DataIndex(visible);
        return new BulletinSet(internal, index, new BulletinCatalog(config.yearsFrom()).specs(index), config);
    }

    /** What the readers of a public or internal bulletin may see of {@code data}. */
    static Dataset visible(Dataset data, boolean internal) {
        return internal ? data : new Redactor().publicView(data);
    }

    /** Which bulletins, in file-name order. */
    public List<BulletinSpec> specs() {
        return specs;
    }

    /** The first year the project makes bulletins of ({@code years.from}), or 0: every year with records. */
    public int fromYear() {
        return config.yearsFrom();
    }

    BulletinConfig config() {
        return config;
    }

    public boolean internal() {
        return internal;
    }

    DataIndex index() {
        return index;
    }
}
