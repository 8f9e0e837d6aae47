package vn.luanchuyen.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luanchuyen.check.Checker;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.diag.Messages;
import vn.luanchuyen.load.DatasetLoader;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Dataset;

/**
 * Runs the loader and every check of {@code ./luanchuyen check} on the project's data with the
 * new cadre files added, before anything is written. A problem in a new file is reported on the
 * row its line came from ("dòng 7: … cùng giữ chức …"); a new problem elsewhere (caused by the
 * import) is reported for the file as a whole. So what is written checks clean.
 */
final class ImportCheck {
    private final Path root;
    private final Dataset existing;
    private final Set<Diagnostic> before;

    ImportCheck(Path root) {
        this.root = root;
        Diagnostics d = new Diagnostics();
        this.existing = new DatasetLoader(root).load(d);
        new Checker().check(existing, d);
        this.before = new HashSet<>(d.sorted());
    }

    Dataset existing() {
        return existing;
    }

    /** The files, each marked failed when the check found an error in it; problems are added to {@code problems}. */
    List<CadreFile> check(List<CadreFile> files, IntakeMessages intake, List<RowProblem> problems) {
        Diagnostics d = new Diagnostics();
        DatasetLoader loader = new DatasetLoader(root);
        List<Cadre> cadres = new ArrayList<>(existing.cadres());
        Map<String, CadreFile> byPath = new HashMap<>();
        for (CadreFile f : files) {
            String path = "data/cadres/" + f.id() + ".yaml";
            byPath.put(path, f);
            cadres.addAll(loader.parse(path, f.text().getBytes(StandardCharsets.UTF_8), d).cadres());
        }
        Dataset all = new Dataset(existing.sources(), existing.units(), cadres, existing.programmes(), existing.figures(),
                existing.achievements(), existing.trainings(), existing.evaluations());
        new Checker().check(all, d);
        Messages messages = new Messages(intake.lang());
        Set<String> failed = new HashSet<>();
        for (Diagnostic x : d.sorted()) {
            CadreFile f = byPath.get(x.at().file());
            String text = messages.message(x.code(), x.args());
            if (f != null && !f.ok() && x.code().equals("record.no-source")) continue; // its rows' sources were reported
            if (f != null) {
                int row = f.rowOfLine().getOrDefault(x.at().line(), f.rows().get(0));
                problems.add(new RowProblem(row, x.isError(), x.isError() ? text : intake.text("row.warning", text)));
                if (x.isError()) failed.add(f.id());
            } else if (x.isError() && !before.contains(x)) {
                problems.add(intake.error(0, "file.breaks", x.at(), text));
                failed.addAll(files.stream().map(CadreFile::id).toList());
            }
        }
        return files.stream().map(f -> failed.contains(f.id()) ? f.failed() : f).toList();
    }
}
