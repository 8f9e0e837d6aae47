package vn.luanchuyen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.BuildContext;
import vn.luanchuyen.diag.Lang;

/**
 * The preview's builds after changes: a burst of changes seen before a build started (one the
 * command line handed over, say) is already in it, so no second build runs for it; changes seen
 * after the last build started always get one.
 */
class RebuilderTest {
    private TestProject project;
    private Rebuilder rebuilder;
    private final AtomicInteger builds = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        project = TestProject.generated(3);
        rebuilder = new Rebuilder(BuildContext.of(project.root(), Lang.VI, false));
        rebuilder.onOutcome(o -> builds.incrementAndGet());
    }

    @AfterEach
    void stop() throws Exception {
        project.close();
    }

    @Test
    void changesSeenBeforeTheLastBuildStartedGetNoOtherBuild() {
        long beforeAnyBuild = System.nanoTime();
        assertThat(rebuilder.rebuildAfter(beforeAnyBuild)).as("nothing built yet").isTrue();
        assertThat(builds).hasValue(1);
        assertThat(rebuilder.last().ok()).isTrue();

        assertThat(rebuilder.rebuildAfter(beforeAnyBuild)).as("seen before that build started").isFalse();
        assertThat(builds).hasValue(1);

        long seen = System.nanoTime();
        assertThat(rebuilder.rebuildAfter(seen)).as("seen after it started").isTrue();
        assertThat(builds).hasValue(2);

        long beforeHandedBuild = System.nanoTime();
        rebuilder.handOver((context, request, out, err) -> 0, new HandedBuild.Request(false, false, Lang.VI));
        assertThat(builds).hasValue(3);
        assertThat(rebuilder.rebuildAfter(beforeHandedBuild)).as("a handed build read those changes").isFalse();
        assertThat(builds).hasValue(3);
    }
}
