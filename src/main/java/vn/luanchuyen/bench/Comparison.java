package vn.luanchuyen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import vn.luanchuyen.site.JBakeOven;

/**
 * The references our build is measured against, on the same machine in the same run: the floor
 * (writing the bytes of our output into a fresh folder, on every core), Hugo building the same
 * number of pages from equivalent Markdown (posts with front matter, tags, a few sentences and
 * a table, through a small layout), and JBake's own content path baking Markdown posts through our
 * templates. Each returns wall seconds; Hugo returns -1 when it is not installed.
 */
final class Comparison {
    private static final String[] WORDS = {"luân chuyển", "cán bộ", "Bí thư", "Chủ tịch", "xã", "huyện", "tỉnh", "Đảng ủy",
            "nhiệm kỳ", "điều động", "Hội đồng nhân dân", "Ủy ban nhân dân", "quyết định", "địa phương", "kết quả", "chỉ tiêu"};

    private Comparison() {
    }

    /**
     * Seconds to write every file of {@code output} into {@code into}, on every core, each file's
     * bytes read just before (from the page cache: the build has just written them), so a national
     * output need not fit in memory.
     */
    static double floor(Path output, Path into) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        long t = System.nanoTime();
        files.parallelStream().forEach(p -> {
            try {
                Path target = into.resolve(output.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.write(target, Files.readAllBytes(p));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
        return (System.nanoTime() - t) / 1e9;
    }

    /** Seconds for {@code hugo} to build {@code pages} Markdown posts, or -1 without Hugo. */
    static double hugo(int pages, Path dir) throws IOException, InterruptedException {
        Path content = dir.resolve("content/posts");
        Files.createDirectories(content);
        Random random = new Random(11);
        for (int i = 0; i < pages; i++) Files.writeString(content.resolve("p" + i + ".md"), hugoPost(i, random), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("config.toml"), "baseURL = 'https://example.org/'\nlanguageCode = 'vi'\ntitle = 'So sánh'\n"
                + "paginate = 50\n[taxonomies]\n  tag = 'tags'\n", StandardCharsets.UTF_8);
        Path layouts = dir.resolve("layouts/_default");
        Files.createDirectories(layouts);
        Files.writeString(layouts.resolve("baseof.html"), "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>{{ .Title }} · {{ .Site.Title }}</title></head><body><header><a href=\"/\">{{ .Site.Title }}</a>"
                + " <nav><a href=\"/posts/\">Bài</a> <a href=\"/tags/\">Chủ đề</a></nav></header><main>{{ block \"main\" . }}{{ end }}"
                + "</main><footer>{{ .Site.Title }}</footer></body></html>\n", StandardCharsets.UTF_8);
        Files.writeString(layouts.resolve("single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>"
                + "<time datetime=\"{{ .Date.Format \"2006-01-02\" }}\">{{ .Date.Format \"02/01/2006\" }}</time>{{ .Content }}"
                + "<ul>{{ range .Params.tags }}<li><a href=\"/tags/{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul></article>{{ end }}\n",
                StandardCharsets.UTF_8);
        Files.writeString(layouts.resolve("list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}"
                + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("hugo", "--quiet", "--destination", "public").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("hugo.log").toFile());
        long t = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException notInstalled) {
            return -1;
        }
        if (p.waitFor() != 0) throw new IOException("hugo failed: " + Files.readString(dir.resolve("hugo.log")));
        return (System.nanoTime() - t) / 1e9;
    }

    /** Seconds for JBake to bake {@code posts} Markdown posts through our templates. */
    static double jbake(int posts, Path dir, Path templates) throws IOException {
        Path content = dir.resolve("content/bai-viet");
        Files.createDirectories(content);
        Random random = new Random(13);
        for (int i = 0; i < posts; i++) Files.writeString(content.resolve("p" + i + ".md"), jbakePost(i, random), StandardCharsets.UTF_8);
        Benchmark.copy(templates, dir.resolve("templates"));
        long t = System.nanoTime();
        new JBakeOven(dir).bake(dir.resolve("output"), "https://example.org/");
        return (System.nanoTime() - t) / 1e9;
    }

    /** A post's body: a few sentences and a table, as in a cadre page. */
    private static String body(Random random) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 12; s++) b.append(WORDS[random.nextInt(WORDS.length)]).append(' ').append(WORDS[random.nextInt(WORDS.length)])
                .append(s % 4 == 3 ? ".\n\n" : ", ");
        b.append("\n| Thời gian | Chức vụ | Đơn vị |\n|---|---|---|\n");
        for (int r = 0; r < 8; r++) b.append("| ").append(2010 + r).append(" | ").append(WORDS[random.nextInt(WORDS.length)])
                .append(" | ").append(WORDS[random.nextInt(WORDS.length)]).append(" |\n");
        return b.toString();
    }

    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        for (int k = 0; k < 3; k++) tags.add("chu-de-" + random.nextInt(40));
        return tags;
    }

    private static String date(int i) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", 2010 + i % 15, 1 + i % 12, 1 + i % 28);
    }

    /** A post for Hugo: TOML front matter. */
    private static String hugoPost(int i, Random random) {
        return "+++\ntitle = \"Bài số " + i + "\"\ndate = " + date(i) + "\ntags = [\"" + String.join("\", \"", tags(random)) + "\"]\n+++\n\n"
                + body(random);
    }

    /** The same post for JBake: its header. */
    private static String jbakePost(int i, Random random) {
        return "title=Bài số " + i + "\ndate=" + date(i) + "\ntype=post\nstatus=published\ntags=" + String.join(",", tags(random))
                + "\nsummary=Bài số " + i + "\n~~~~~~\n" + body(random);
    }
}
