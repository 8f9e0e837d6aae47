package vn.luanchuyen.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.intake.sheet.SheetProblem;
import vn.luanchuyen.intake.sheet.SheetReader;
import vn.luanchuyen.intake.sheet.SheetRow;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Source;

/**
 * Turns a personnel list as offices keep it (Excel or CSV: one row per post held) into cadre
 * files, {@code data/cadres/<id>.yaml}, one per person. Units, posts and sources are resolved
 * against the project's data and vocabularies; every row that cannot be read is reported with its
 * number and why, and the new files are checked with the project's data before anything is
 * written. Nothing is written here: see {@link #write}.
 *
 * <pre>{@code
 * ImportResult r = new Importer(root, root.resolve("data/cadres"), "vo-nhai-2022", Lang.VI).read(Path.of("ds.xlsx"));
 * if (!r.failed()) Importer.write(r.files());
 * }</pre>
 */
public final class Importer {
    private final Path root;
    private final Path outDir;
    private final String defaultSource;
    private final IntakeMessages messages;

    /**
     * @param root the project folder, whose {@code data/} gives units, sources and existing cadres
     * @param outDir where the cadre files go, usually {@code data/cadres}
     * @param defaultSource the source of rows without a "Nguồn" cell, or null
     */
    public Importer(Path root, Path outDir, String defaultSource, Lang lang) {
        this.root = root;
        this.outDir = outDir;
        this.defaultSource = defaultSource;
        this.messages = new IntakeMessages(lang);
    }

    public ImportResult read(Path list) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<SheetRow> rows;
        Header header;
        try {
            rows = SheetReader.read(list);
            header = Header.find(rows);
        } catch (SheetProblem e) {
            problems.add(messages.error(0, e.code(), e.args().toArray()));
            return new ImportResult(List.of(), problems, 0);
        }
        header.ignored().forEach(h -> problems.add(messages.note(header.row(), "column.ignored", h)));
        ImportCheck check = new ImportCheck(root);
        Set<String> sources = new HashSet<>(check.existing().sources().stream().map(Source::id).toList());
        RowMapper mapper = new RowMapper(header, new UnitMatcher(check.existing().units()), sources, defaultSource, messages);
        List<MappedRow> mapped = new ArrayList<>();
        for (SheetRow r : rows) {
            if (r.number() > header.row() && !r.isBlank()) mapped.add(mapper.map(r, problems));
        }
        List<CadreDraft> cadres = new CadreGrouper(takenIds(check), messages).group(mapped, problems);
        String schema = pathFromOut(root.resolve("schema/cadres.schema.json"));
        List<CadreFile> files = new ArrayList<>();
        for (CadreDraft c : cadres) {
            CadreYaml.Text yaml = CadreYaml.write(c, schema, list.getFileName().toString());
            files.add(new CadreFile(c.id(), outDir.resolve(c.id() + ".yaml"), yaml.text(), c.rows(), yaml.rowOfLine(), c.ok()));
        }
        files = check.check(files, messages, problems);
        problems.sort(null);
        return new ImportResult(files, problems, mapped.size());
    }

    /** Writes the files, never over an existing one. */
    public static void write(List<CadreFile> files) throws IOException {
        for (CadreFile f : files) {
            Files.createDirectories(f.path().getParent());
            Files.writeString(f.path(), f.text(), java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        }
    }

    /** The ids of the project's cadres and the names of the files already in the output folder. */
    private Set<String> takenIds(ImportCheck check) throws IOException {
        Set<String> taken = new HashSet<>(check.existing().cadres().stream().map(Cadre::id).toList());
        if (Files.isDirectory(outDir)) {
            try (Stream<Path> files = Files.list(outDir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                        .forEach(n -> taken.add(n.substring(0, n.length() - ".yaml".length())));
            }
        }
        return taken;
    }

    private String pathFromOut(Path target) {
        return outDir.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
