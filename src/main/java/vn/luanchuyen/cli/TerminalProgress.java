package vn.luanchuyen.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.luanchuyen.diag.Progress;

/** A progress bar on the terminal (stderr), only when there is one and not on CI. */
final class TerminalProgress implements Progress {
    private ProgressBar bar;

    static Progress forThisProcess() {
        boolean terminal = System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
        return terminal ? new TerminalProgress() : Progress.none();
    }

    @Override
    public void start(String task, long total) {
        done();
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void done() {
        if (bar != null) bar.close();
        bar = null;
    }
}
