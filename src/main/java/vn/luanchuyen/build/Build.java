package vn.luanchuyen.build;

import java.io.IOException;
import java.nio.file.Path;
import vn.luanchuyen.model.Dataset;
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

    /** What a build did: its diagnostics and, when it wrote output, how many files. */
    public record Result(Checked checked, int files) {
        public boolean ok() {
            return !checked.hasErrors();
        }
    }

    public Result run() throws IOException {
        Checked checked = Checked.of(context.root());
        if (checked.hasErrors()) return new Result(checked, 0);
        Dataset data = context.internal() ? checked.data() : new Redactor().publicView(checked.data());
        OutputSwap swap = new OutputSwap(context.output());
        Path staging = swap.begin();
        try {
            int files = new SiteBuilder(context.root()).build(data, staging);
            swap.commit();
            return new Result(checked, files);
        } catch (IOException | RuntimeException e) {
            swap.abandon();
            throw e;
        }
    }
}
