package vn.luanchuyen.diag;

/** Reports progress through long work (pages, bulletins). The command decides how it shows, if at all. */
public interface Progress {
    /** Work of {@code total} steps begins. */
    void start(String task, long total);

    void step();

    void done();

    /** Progress that shows nothing: not on a terminal, on CI, in tests. */
    static Progress none() {
        return new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void step() {
            }

            @Override
            public void done() {
            }
        };
    }
}
