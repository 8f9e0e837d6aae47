package vn.luanchuyen.diag;

import java.util.ArrayList;
import java.util.List;

/** Where one build's time went, phase by phase, in the order the phases ran. One per build. */
public final class Phases {
    /** A phase and its wall time. */
    public record Phase(String name, double seconds) {
    }

    private final List<Phase> done = new ArrayList<>();
    private long started = System.nanoTime();

    /** Ends the phase running since the last call (or since this object was made). */
    public void end(String name) {
        long now = System.nanoTime();
        done.add(new Phase(name, (now - started) / 1e9));
        started = now;
    }

    public List<Phase> list() {
        return List.copyOf(done);
    }
}
