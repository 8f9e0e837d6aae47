package vn.luanchuyen.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.luanchuyen.bulletin.BulletinSet;
import vn.luanchuyen.bulletin.BulletinSpec;
import vn.luanchuyen.bulletin.BulletinWriter;
import vn.luanchuyen.derive.CadresWithin;
import vn.luanchuyen.derive.Derived;
import vn.luanchuyen.derive.MoveOrder;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.HistoryCache;
import vn.luanchuyen.history.HistoryReader;
import vn.luanchuyen.diag.Phases;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.view.Link;
import vn.luanchuyen.view.Paths;
import vn.luanchuyen.view.Rows.BulletinRef;
import vn.luanchuyen.view.ViewContext;
import vn.luanchuyen.publish.Redactor;
import vn.luanchuyen.reuse.DataKeys;
import vn.luanchuyen.reuse.Memo;
import vn.luanchuyen.reuse.RecordMemo;
import vn.luanchuyen.reuse.Reuse;
import vn.luanchuyen.reuse.Stamp;
import vn.luanchuyen.site.SiteBuilder;

/**
 * One build: load → check → (public view) → pages → output, swapped in only when complete.
 *
 * <pre>{@code
 * Build.Result r = new Build(BuildContext.of(root, Lang.VI, false)).run();
 * }</pre>
 */
public final class Build {
    private final BuildContext context;

    public Build(BuildContext context) {
        this.context = context;
    }

    /** The site's links to the bulletins the build writes. */
    private static List<BulletinRef> links(List<BulletinSpec> specs) {
        return specs.stream().map(s -> new BulletinRef(new Link(Paths.BULLETIN_FILES + s.fileName(), s.title()), s.unit(),
                ViewContext.periodText(s.from(), s.to()), s.to() == null ? "" : s.to().earliest().toString())).toList();
    }

    /** What earlier builds worked out of each file change (see {@link HistoryCache}); {@code --fresh} works everything out again. */
    private HistoryCache historyCache(String validity) throws IOException {
        return context.reuse() ? HistoryCache.read(context.output().resolve(HistoryCache.FOLDER), validity) : HistoryCache.empty(validity);
    }

    /**
     * What the history depends on besides git: this program, this kind of build and these units,
     * whose names word the posts (the digests of the units' files, as the loader took them).
     */
    private static String historyValidity(Checked checked, Stamp.Stamps stamps) {
        return stamps.kind() + ", program " + stamps.program() + ", units "
                + new vn.luanchuyen.reuse.Fingerprint().add(checked.files().subMap("data/units/", "data/units0")).hex();
    }

    /**
     * The history reader the site and the {@code changes} command share: posts named and periods
     * worded as the pages word them, each version of a file shown through {@code view}.
     */
    public static HistoryReader historyReader(java.nio.file.Path root, Dataset data,
                                              java.util.function.Function<Dataset, Dataset> view) {
        return historyReader(root, new UnitIndex(data.units()), view);
    }

    /** As {@link #historyReader(Path, Dataset, java.util.function.Function)}, with the index of the data's units. */
    private static HistoryReader historyReader(java.nio.file.Path root, UnitIndex units,
                                               java.util.function.Function<Dataset, Dataset> view) {
        return new HistoryReader(root, t -> units.get(t.unit()).map(u -> PostNames.post(t, u)).orElse(t.post().label()),
                t -> ViewContext.period(t.from(), t.to(), t.heldOn()), view);
    }

    /**
     * What a build did: its diagnostics, what it could not know (no git …), how many pages it
     * made from data, and of all the pages and bulletins, how many were rendered and how many
     * taken unchanged from the previous output; of those, how many pages and bulletins were kept
     * without even being made, their inputs being unchanged ({@code unmade}).
     */
    public record Result(Checked checked, int files, String note, long rendered, long reused, long unmade,
                         List<Phases.Phase> phases) {
        public Result(Checked checked, int files, String note) {
            this(checked, files, note, 0, 0, 0, List.of());
        }

        public boolean ok() {
            return !checked.hasErrors();
        }
    }

    public Result run() throws IOException {
        Phases phases = new Phases();
        Checked checked = Checked.of(context.root(), context.memory() == null ? null : context.memory().parsed(), memo());
        phases.end("load and check");
        if (checked.hasErrors()) return new Result(checked, 0, "");
        // the public view of the data kept by record, so later steps that keep results by record find the same records;
        // the history's old versions of files go through a redactor of their own, so they do not displace them
        Redactor redactor = new Redactor();
        Dataset data = context.internal() ? checked.data()
                : new Redactor(RecordMemo.in(memo(), "public view: units"), RecordMemo.in(memo(), "public view: cadres"))
                        .publicView(checked.data());
        // the classes this process runs do not change while it runs: read once, even when the jar is replaced meanwhile
        Stamp.Stamps stamps = Stamp.of(context.root().resolve("templates"), context.internal() ? "internal" : "public",
                memo().get(PROGRAM, "this process", Stamp::program));
        String validity = historyValidity(checked, stamps);
        // the history depends on the commits checked out and on what the cache's validity names; outside
        // git it is the empty history, the same for every build until the folder becomes a repository
        String gitState = HistoryReader.state(context.root()).orElse("no git repository");
        UnitIndex units = UnitIndex.kept(memo(), UNIT_INDEX, data.units());
        ProcessMemory.Remembered read = history(historyReader(context.root(), units, context.internal() ? d -> d : redactor::publicView), gitState, validity);
        phases.end("public view and git history");
        Result result;
        try (BuildLock lock = BuildLock.take(context.output())) {
            result = write(checked, data, units, read.history(), read.cache(), stamps, phases);
        }
        if (context.memory() != null) context.memory().remember(read);
        return result;
    }

    /**
     * The history: as this process remembers it for this git state; after a commit, the one it
     * remembers followed by the commits made since; else read from git with the previous output's cache.
     */
    private ProcessMemory.Remembered history(HistoryReader reader, String gitState, String validity) throws IOException {
        ProcessMemory memory = context.memory();
        if (memory != null) {
            Optional<ProcessMemory.Remembered> remembered = memory.history(gitState, validity);
            if (remembered.isPresent()) return remembered.get();
            Optional<ProcessMemory.Remembered> earlier = context.reuse() ? memory.earlierHistory(validity) : Optional.empty();
            Optional<History> extended = earlier.isEmpty() ? Optional.empty() : reader.readAfter(earlier.get().history(), earlier.get().cache());
            if (extended.isPresent()) {
                memory.extended();
                return new ProcessMemory.Remembered(gitState, validity, extended.get(), earlier.get().cache());
            }
        }
        HistoryCache cache = historyCache(validity);
        return new ProcessMemory.Remembered(gitState, validity, reader.read(cache), cache);
    }

    private static final String CADRES_WITHIN = "cadres within each unit";
    private static final String PROGRAM = "the program's code";
    /** The index of the units the pages and bulletins show (the public view's, or all in an internal build). */
    private static final String UNIT_INDEX = "index of the units shown";
    private static final String MOVE_ORDER = "order of the moves";
    private static final String DATA_KEYS = "keys of the records";
    private static final String LAST_BUILD = "the last build";

    /** What this process keeps from one build for the next; nothing from the command line. */
    private Memo memo() {
        return context.memory() == null ? Memo.none() : context.memory().memo();
    }

    /**
     * What may be kept from the previous output: a completely applied build with a manifest (files
     * made by another program, from other templates or for another kind of build have other
     * fingerprints). With it, the build is applied to {@code output/} in place; without it, a
     * whole new output is swapped in.
     */
    private Reuse reuse(Stamp.Stamps stamps) throws IOException {
        return context.reuse() ? Reuse.from(context.output(), stamps, memo()) : Reuse.nothing(stamps);
    }

    /**
     * The key of a bulletin's inputs: the bulletins' stamp, the data but the cadres, the bulletin's
     * unit and period, and every cadre who held a post in its unit or a unit within it (the moves
     * it tells, the holders it counts).
     */
    private static java.util.function.Function<BulletinSpec, java.util.Optional<String>> bulletinKeys(CadresWithin within, DataKeys keys,
                                                                                                      Reuse reuse) {
        return spec -> java.util.Optional.of(reuse.bulletinFingerprint().add(keys.rest()).add(spec)
                .add(keys.cadres(within.of(spec.unit()))).hex());
    }

    private Result write(Checked checked, Dataset data, UnitIndex units, History history, HistoryCache cache, Stamp.Stamps stamps, Phases phases)
            throws IOException {
        OutputSwap swap = new OutputSwap(context.output());
        Path staging = swap.begin();
        try {
            Reuse reuse = reuse(stamps);
            // the keys of the records do not depend on the derived data: worked out beside it and the catalog
            // (a fork-join task's join throws what the work threw, as it is, where a future's would wrap it)
            java.util.concurrent.ForkJoinTask<DataKeys> keying = java.util.concurrent.ForkJoinPool.commonPool()
                    .submit(() -> new DataKeys(data, checked.files(), history, RecordMemo.in(memo(), "key of each cadre")));
            Derived derived = new Derived(data, units, new Derived.Kept(RecordMemo.in(memo(), "moves of each cadre"),
                    RecordMemo.in(memo(), "scopes of each cadre"), memo().<CadresWithin>any(CADRES_WITHIN).orElse(null),
                    memo().<MoveOrder>any(MOVE_ORDER).orElse(null), RecordMemo.in(memo(), "heads' holdings of each cadre"),
                    RecordMemo.in(memo(), "latest date of each cadre")));
            memo().put(CADRES_WITHIN, LAST_BUILD, derived.cadresWithin());
            memo().put(MOVE_ORDER, LAST_BUILD, derived.order());
            BulletinSet bulletins = BulletinSet.ofVisible(context.root(), derived, context.internal()); // data is already the readers' view
            phases.end("bulletin catalog");
            DataKeys keys = keying.join();
            memo().<DataKeys>any(DATA_KEYS).ifPresent(keys::carryOver);
            memo().put(DATA_KEYS, LAST_BUILD, keys);
            phases.end("keys of the records (beside the catalog)");
            int files = new SiteBuilder(context.root(), context.progress(), context.verify())
                    .build(derived, history, keys, links(bulletins.specs()), bulletins.fromYear(), staging, reuse,
                            memo(), phases);
            BulletinWriter.writeAll(context.root(), bulletins, records -> history.recordsCommit(records).map(c -> c.shortId()).orElse(""),
                    staging.resolve(Paths.BULLETIN_FILES), Runtime.getRuntime().availableProcessors(), reuse,
                    new BulletinWriter.Kept(bulletinKeys(derived.cadresWithin(), keys, reuse), context.verify()), Paths.BULLETIN_FILES, context.progress());
            phases.end("bulletins");
            for (HistoryCache.Shard shard : cache.shards()) { // after a commit, only the files holding its changes are written
                String path = HistoryCache.FOLDER + shard.name();
                if (shard.changed() || !reuse.keep(path)) {
                    cache.write(staging.resolve(HistoryCache.FOLDER), shard);
                    reuse.written(path, staging.resolve(path));
                }
            }
            if (reuse.applyInPlace()) {
                reuse.apply(staging, context.output());
                swap.abandon(); // what is left of the staging folder: its folders, and files identical to those in output/
                phases.end("apply to output/");
            } else {
                if (reuse.inPlace()) reuse.completeStaging(staging);
                else reuse.writeManifest(staging);
                swap.commit();
                phases.end("swap");
            }
            return new Result(checked, files, history.note(), reuse.renderedCount(), reuse.taken(), reuse.keptUnmade(),
                    phases.list());
        } catch (IOException | RuntimeException e) {
            swap.abandon();
            throw e;
        }
    }
}
