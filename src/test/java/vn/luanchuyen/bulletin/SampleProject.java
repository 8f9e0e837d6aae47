package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.luanchuyen.TestProject;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.publish.Redactor;

/** The project's own sample data and templates, and temporary projects that use the real templates. */
final class SampleProject {
    static final Path ROOT = Path.of("").toAbsolutePath();

    private SampleProject() {
    }

    /** The sample data, checked (it has no errors) and made public. */
    static Dataset publicData() {
        Checked checked = Checked.of(ROOT);
        if (checked.hasErrors()) throw new AssertionError("the sample data has errors: " + checked.diagnostics());
        return new Redactor().publicView(checked.data());
    }

    /** Copies the bulletin templates into a test project. */
    static TestProject withTemplates(TestProject project) throws IOException {
        Path from = ROOT.resolve("templates/bulletin");
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) project.writeBytes("templates/bulletin/" + f.getFileName(), Files.readAllBytes(f));
        }
        return project;
    }

    /** The full data of a test project, which must have no errors. */
    static Dataset data(TestProject project) {
        Checked checked = project.check();
        if (checked.hasErrors()) throw new AssertionError("the test data has errors: " + project.lines());
        return checked.data();
    }
}
