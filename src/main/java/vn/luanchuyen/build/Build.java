package vn.luanchuyen.build;

import java.io.IOException;
import java.nio.file.Path;
import vn.luanchuyen.derive.UnitIndex;
import vn.luanchuyen.history.History;
import vn.luanchuyen.history.HistoryReader;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.view.ViewContext;
import vn.luanchuyen.publish.Redactor;
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

    private History readHistory(Dataset data, java.util.function.Function<Dataset, Dataset> view) throws IOException {
        UnitIndex units = new UnitIndex(data.units());
        return new HistoryReader(context.root(),
                t -> units.get(t.unit()).map(u -> PostNames.post(t, u)).orElse(t.post().label()),
                t -> ViewContext.period(t.from(), t.to(), t.heldOn()), view).read();
    }

    /** What a build did: its diagnostics, what it could not know (no git …) and how many pages it wrote. */
    public record Result(Checked checked, int files, String note) {
        public boolean ok() {
            return !checked.hasErrors();
        }
    }

    public Result run() throws IOException {
        Checked checked = Checked.of(context.root());
        if (checked.hasErrors()) return new Result(checked, 0, "");
        Redactor redactor = new Redactor();
        Dataset data = context.internal() ? checked.data() : redactor.publicView(checked.data());
        History history = readHistory(data, context.internal() ? d -> d : redactor::publicView);
        try (BuildLock lock = BuildLock.take(context.output())) {
            return write(checked, data, history);
        }
    }

    private Result write(Checked checked, Dataset data, History history) throws IOException {
        OutputSwap swap = new OutputSwap(context.output());
        Path staging = swap.begin();
        try {
            int files = new SiteBuilder(context.root(), context.progress()).build(data, history, staging);
            swap.commit();
            return new Result(checked, files, history.note());
        } catch (IOException | RuntimeException e) {
            swap.abandon();
            throw e;
        }
    }
}
