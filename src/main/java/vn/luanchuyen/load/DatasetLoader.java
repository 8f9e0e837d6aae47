package vn.luanchuyen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Achievement;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Evaluation;
import vn.luanchuyen.model.Figure;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Training;
import vn.luanchuyen.model.Unit;

/**
 * Loads every {@code .yaml} file under {@code data/} into a {@link Dataset}. The folder right
 * under {@code data/} says what a file holds. Problems are reported, never thrown: a file that
 * cannot be read contributes nothing and the rest still loads.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * Dataset data = new DatasetLoader(projectRoot).load(diagnostics);
 * }</pre>
 */
public final class DatasetLoader {
    /** The folders under {@code data/}, one per kind of file. */
    public static final List<String> KINDS = List.of("sources", "units", "cadres", "programmes", "figures",
            "achievements", "training", "evaluations");

    private final Path root;
    private final Vocabularies vocab = Vocabularies.create();
    private final ParsedFiles parsed;

    /** @param root the project folder, holding {@code data/} */
    public DatasetLoader(Path root) {
        this(root, null);
    }

    /** @param parsed files parsed by earlier loads in this process, to parse again only what changed (null: none) */
    public DatasetLoader(Path root, ParsedFiles parsed) {
        this.root = root;
        this.parsed = parsed;
    }

    public Dataset load(Diagnostics diagnostics) {
        return loadFiles(diagnostics).data();
    }

    /**
     * The records of every data file, and each file's digest (SHA-256 of its bytes, in hex) by its
     * path in the project, sorted: what the records of each file were read from.
     */
    public record Loaded(Dataset data, java.util.SortedMap<String, String> digests) {
    }

    /** As {@link #load}, with each file's digest. */
    public Loaded loadFiles(Diagnostics diagnostics) {
        Collected c = new Collected();
        Path data = root.resolve("data");
        if (!Files.isDirectory(data)) {
            diagnostics.error("data.missing", SourcePos.file("data"));
            return new Loaded(Dataset.empty(), new java.util.TreeMap<>());
        }
        List<Found> files = yamlFiles(data, diagnostics);
        // Files are independent: read and parse them on every core, then merge in file order.
        List<FileRecords> loaded = files.parallelStream()
                .map(f -> parsed == null ? loadFile(f.path()) : parsed.get(f.path(), f.attributes(), () -> loadFile(f.path())))
                .toList();
        // every file now has its entry, so there are others to forget only if there are more entries than files
        if (parsed != null && parsed.size() != files.size()) parsed.retain(files.stream().map(Found::path).toList());
        java.util.SortedMap<String, String> digests = new java.util.TreeMap<>();
        for (FileRecords l : loaded) {
            diagnostics.addAll(l.diagnostics());
            c.add(l.data());
            digests.put(l.file(), l.digest());
        }
        return new Loaded(new Dataset(c.sources, c.units, c.cadres, c.programmes, c.figures, c.achievements, c.trainings,
                c.evaluations), digests);
    }

    /** A file's records and what was found wrong in it, sorted once when it was parsed (most files: nothing). */
    private record FileRecords(String file, Dataset data, List<Diagnostic> diagnostics, String digest) {
    }

    private static final class Collected {
        final List<Source> sources = new ArrayList<>();
        final List<Unit> units = new ArrayList<>();
        final List<Cadre> cadres = new ArrayList<>();
        final List<Programme> programmes = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        final List<Achievement> achievements = new ArrayList<>();
        final List<Training> trainings = new ArrayList<>();
        final List<Evaluation> evaluations = new ArrayList<>();

        void add(Dataset d) {
            sources.addAll(d.sources());
            units.addAll(d.units());
            cadres.addAll(d.cadres());
            programmes.addAll(d.programmes());
            figures.addAll(d.figures());
            achievements.addAll(d.achievements());
            trainings.addAll(d.trainings());
            evaluations.addAll(d.evaluations());
        }
    }

    /**
     * An entry under {@code data/} named like a YAML file, with its attributes (of what it links
     * to, for a link); null attributes for a link leading outside {@code data/}.
     */
    private record Found(Path path, BasicFileAttributes attributes) {
    }

    /**
     * The YAML files under {@code data/} in path order, each with its attributes: one system call
     * a file, made on every core ({@link ParsedFiles} needs no other to tell whether it changed).
     * Folders are read for their names; only entries not named like YAML files are looked at to
     * find the folders among them. Links are not followed into folders; a link to a file outside
     * {@code data/} is reported.
     */
    private List<Found> yamlFiles(Path data, Diagnostics diagnostics) {
        Path realData = realPath(data);
        List<Found> found = new ArrayList<>();
        List<Path> folders = List.of(data);
        while (!folders.isEmpty()) { // again only for folders named like YAML files
            List<Path> named = new ArrayList<>();
            for (Path folder : folders) entries(folder, named);
            List<Found> round = named.parallelStream().map(p -> found(p, realData)).filter(Objects::nonNull).toList();
            folders = round.stream().filter(f -> f.attributes() != null && f.attributes().isDirectory()).map(Found::path).toList();
            round.stream().filter(f -> f.attributes() == null || !f.attributes().isDirectory()).forEach(found::add);
        }
        Found[] sorted = parsed == null ? null : parsed.inLastOrder(found, Found::path, Found[]::new);
        if (sorted == null) {
            sorted = found.toArray(Found[]::new);
            java.util.Arrays.parallelSort(sorted, java.util.Comparator.comparing(Found::path));
            if (parsed != null) parsed.sortedAs(java.util.Arrays.stream(sorted).map(Found::path).toList());
        }
        List<Found> out = new ArrayList<>();
        for (Found f : sorted) {
            if (f.attributes() == null) diagnostics.error("file.outside", SourcePos.file(relative(f.path())));
            else out.add(f);
        }
        return out;
    }

    /** Adds the entries of {@code folder} named like YAML files to {@code named}, and those of the folders among the rest. */
    private static void entries(Path folder, List<Path> named) {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) named.add(p);
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) entries(p, named);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry with its attributes; null for a link to a folder, or an entry gone since its folder was read. */
    private static Found found(Path p, Path realData) {
        try {
            BasicFileAttributes own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) return new Found(p, own);
            if (!realPath(p).startsWith(realData)) return new Found(p, null);
            try {
                BasicFileAttributes target = Files.readAttributes(p, BasicFileAttributes.class);
                return target.isDirectory() ? null : new Found(p, target); // a link to a folder is not followed
            } catch (IOException broken) {
                return new Found(p, own); // a broken link: reading it reports the file as unreadable
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            return null; // removed since its folder was read
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private FileRecords loadFile(Path path) {
        Diagnostics diagnostics = new Diagnostics();
        String file = relative(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path.toRealPath(LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            diagnostics.error("file.unreadable", SourcePos.file(file), e instanceof java.nio.file.NoSuchFileException
                    ? "@term.io.missing" : e instanceof java.nio.file.AccessDeniedException ? "@term.io.denied"
                    : e.getClass().getSimpleName());
            return new FileRecords(file, Dataset.empty(), diagnostics.sorted(), "");
        }
        Dataset records = parse(file, bytes, diagnostics);
        return new FileRecords(file, records, diagnostics.sorted(), digest(bytes));
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The records of one file given as bytes, e.g. an old version from git. {@code file} is its
     * path in the project ("data/cadres/a.yaml"), which also says what it holds.
     */
    public Dataset parse(String file, byte[] bytes, Diagnostics diagnostics) {
        Collected c = new Collected();
        parse(file, bytes, diagnostics, c);
        return new Dataset(c.sources, c.units, c.cadres, c.programmes, c.figures, c.achievements, c.trainings,
                c.evaluations);
    }

    private void parse(String file, byte[] bytes, Diagnostics diagnostics, Collected c) {
        FileContext ctx = new FileContext(file, diagnostics, vocab);
        String[] parts = file.split("/");
        String kind = parts.length > 2 && parts[0].equals("data") ? parts[1] : "";
        if (!KINDS.contains(kind)) {
            ctx.error("file.unknown-kind", SourcePos.file(file), String.join(", ", KINDS));
            return;
        }
        Node root = YamlFile.parse(ctx, bytes);
        if (root == null) return;
        String name = parts[parts.length - 1];
        String stem = name.substring(0, name.lastIndexOf('.'));
        switch (kind) {
            case "sources" -> add(c.sources, expectStem(ctx, SourceLoader.load(ctx, root), Source::id, stem));
            case "units" -> c.units.addAll(UnitsLoader.load(ctx, root));
            case "cadres" -> add(c.cadres, expectStem(ctx, CadreLoader.load(ctx, root), Cadre::id, stem));
            case "programmes" -> add(c.programmes, expectStem(ctx, ProgrammeLoader.load(ctx, root), Programme::id, stem));
            case "figures" -> c.figures.addAll(RecordListLoader.load(ctx, root, "figures",
                    AggregateReaders.FIGURE_FIELDS, AggregateReaders::figure));
            case "achievements" -> c.achievements.addAll(RecordListLoader.load(ctx, root, "achievements",
                    AggregateReaders.ACHIEVEMENT_FIELDS, AggregateReaders::achievement));
            case "training" -> c.trainings.addAll(RecordListLoader.load(ctx, root, "training",
                    AggregateReaders.TRAINING_FIELDS, AggregateReaders::training));
            case "evaluations" -> c.evaluations.addAll(RecordListLoader.load(ctx, root, "evaluations",
                    AggregateReaders.EVALUATION_FIELDS, AggregateReaders::evaluation));
            default -> throw new IllegalStateException(kind);
        }
    }

    private static <T> void add(List<T> list, T item) {
        if (item != null) list.add(item);
    }

    /** One record per file: the file is named after the record's id, so a reviewer finds it. */
    private static <T> T expectStem(FileContext ctx, T record, java.util.function.Function<T, String> id, String stem) {
        if (record != null && id.apply(record) != null && !Objects.equals(id.apply(record), stem)) {
            ctx.warning("id.file-name", SourcePos.file(ctx.file()), id.apply(record), stem);
        }
        return record;
    }

}
