package vn.luanchuyen.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.render.Templates;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Paths;

/** Renders pages made from data through the project's templates into the output folder. */
final class PageWriter {
    private final Templates templates;
    private final Map<String, Object> shared;

    PageWriter(Templates templates, Map<String, Object> shared) {
        this.templates = templates;
        this.shared = shared;
    }

    int write(List<Page> pages, Path out) throws IOException {
        for (Page page : pages) {
            Map<String, Object> model = new HashMap<>(shared);
            model.put("page", page.page());
            model.put("meta", page.meta());
            String html = templates.render(page.template(), model);
            Path file = out.resolve(Paths.file(page.path()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        }
        return pages.size();
    }
}
