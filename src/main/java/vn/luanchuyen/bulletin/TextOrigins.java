package vn.luanchuyen.bulletin;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.luanchuyen.diag.SourcePos;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.Origin;
import vn.luanchuyen.model.PersonName;

/**
 * Where a printed character came from: the field of a data record holding it
 * ({@code data/cadres/x.yaml:4:9, trường name}), else the bulletin settings, else the template
 * that holds it (file:line:column).
 */
final class TextOrigins {
    private final Dataset data;
    private final BulletinConfig config;
    private final Path templates;

    TextOrigins(Dataset data, BulletinConfig config, Path templates) {
        this.data = data;
        this.config = config;
        this.templates = templates;
    }

    /**
     * Where {@code ch}, printed in {@code printed}, came from: first a text that holds the
     * character and is printed whole in {@code printed}, else any text that holds it.
     */
    String of(String ch, String printed) {
        Predicate<String> printedWhole = s -> s.contains(ch) && printed.contains(s);
        Predicate<String> holds = s -> s.contains(ch);
        for (Predicate<String> match : List.of(printedWhole, holds)) {
            Optional<String> found = inData(match).or(() -> inSettings(match));
            if (found.isPresent()) return found.get();
        }
        return template(ch).orElse("một mẫu trong templates/bulletin/");
    }

    private Optional<String> inData(Predicate<String> match) {
        for (List<? extends Record> list : List.of(data.sources(), data.units(), data.cadres(), data.programmes(), data.figures(),
                data.achievements(), data.trainings(), data.evaluations())) {
            for (Record r : list) {
                Optional<String> found = find(r, null, match);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> inSettings(Predicate<String> match) {
        for (String[] kv : new String[][] {{"publication", config.publication()}, {"section", config.section()}, {"byline", config.byline()}}) {
            if (match.test(kv[1])) return Optional.of("templates/bulletin/" + BulletinConfig.FILE + ", khóa " + kv[0]);
        }
        return Optional.empty();
    }

    /** The field of {@code r} (or of a record inside it) whose text matches. */
    private Optional<String> find(Record r, Origin outer, Predicate<String> match) {
        Origin origin = originOf(r).orElse(outer);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(r, c);
            String key = snake(c.getName());
            if (v instanceof PersonName n) v = n.full();
            if (v instanceof String s && match.test(s)) return Optional.of(at(origin, key, key));
            if (v instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof String s && match.test(s)) return Optional.of(at(origin, key + "=" + s, key));
                    if (item instanceof Record inner) {
                        Optional<String> found = find(inner, origin, match);
                        if (found.isPresent()) return found;
                    }
                }
            }
            if (v instanceof Record inner && !(v instanceof Origin)) {
                Optional<String> found = find(inner, origin, match);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private static String at(Origin origin, String key, String field) {
        if (origin == null) return "dữ liệu, trường " + field;
        SourcePos pos = origin.of(key);
        return pos + ", trường " + field;
    }

    private static Optional<Origin> originOf(Record r) {
        return Stream.of(r.getClass().getRecordComponents()).filter(c -> c.getType() == Origin.class)
                .map(c -> (Origin) value(r, c)).filter(java.util.Objects::nonNull).findFirst();
    }

    private static Object value(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /** "presentedTo" → "presented_to", as the YAML writes it. */
    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<String> template(String fragment) {
        try (Stream<Path> files = Files.list(templates)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int col = lines.get(i).indexOf(fragment);
                    if (col >= 0) return Optional.of("templates/bulletin/" + f.getFileName() + ":" + (i + 1) + ":" + (col + 1));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
