package vn.luanchuyen.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.Build;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.bulletin.ChangesBulletin;
import vn.luanchuyen.history.Change;
import vn.luanchuyen.history.HistoryReader;
import vn.luanchuyen.history.RecordChange;
import vn.luanchuyen.publish.Redactor;

@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Prints the personnel changes between two revisions of the data: new and ended tenures, new moves, corrections.",
        footer = {"", "Examples:", "  ./luanchuyen changes HEAD~5..HEAD", "  ./luanchuyen changes v2022-06..v2022-12 --pdf thay-doi.pdf"})
final class ChangesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "A..B", description = "Two revisions (commit, tag, branch, HEAD~n) separated by two dots.")
    String range;

    @picocli.CommandLine.Option(names = "--pdf", paramLabel = "FILE", description = "Also write the changes as a PDF bulletin.")
    java.nio.file.Path pdf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String[] ends = range.split("\\.\\.", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            spec.commandLine().getErr().println("luanchuyen changes: expected A..B, e.g. HEAD~3..HEAD");
            return Main.FAILURE;
        }
        var data = new Redactor().publicView(Checked.of(options.root()).data());
        HistoryReader reader = Build.historyReader(options.root(), data, new Redactor()::publicView);
        List<RecordChange> changes = reader.between(ends[0], ends[1]);
        var out = spec.commandLine().getOut();
        List<ChangesBulletin.Line> lines = new java.util.ArrayList<>();
        for (RecordChange c : changes) {
            for (Change x : c.changes()) {
                String text = x.kind().label() + ": " + x.subject() + (x.detail().isEmpty() ? "" : " (" + x.detail() + ")");
                out.println(c.file() + ": " + x.recordId() + ": " + text);
                String record = data.cadres().stream().filter(cd -> cd.id().equals(x.recordId())).map(cd -> cd.name().full())
                        .findFirst().orElse(x.recordId());
                lines.add(new ChangesBulletin.Line(record, text, c.file()));
            }
        }
        if (pdf != null) {
            var commit = reader.commitAt(ends[1]);
            String range = reader.commitAt(ends[0]).shortId() + ".." + commit.shortId();
            java.time.LocalDate dated = commit.time().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
            java.nio.file.Files.write(pdf, new ChangesBulletin(options.root()).render(range, dated, lines, data));
            out.println((options.lang == vn.luanchuyen.diag.Lang.EN ? "wrote " : "đã ghi ") + pdf);
        }
        long n = changes.stream().mapToLong(c -> c.changes().size()).sum();
        out.println(n + (options.lang == vn.luanchuyen.diag.Lang.EN ? " change(s)" : " thay đổi"));
        out.flush();
        return Main.OK;
    }
}
