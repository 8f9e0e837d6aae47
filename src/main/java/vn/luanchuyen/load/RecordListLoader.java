package vn.luanchuyen.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/** Files whose top level is one key holding a list of records: {@code figures:}, {@code training:} … */
final class RecordListLoader {
    private RecordListLoader() {
    }

    static <T> List<T> load(FileContext ctx, Node root, String key, Set<String> fields,
                            BiFunction<FileContext, MappingReader, T> reader) {
        MappingReader file = MappingReader.ofFile(ctx, root, Set.of(key));
        if (file == null) return List.of();
        if (!file.has(key)) file.missing(key);
        List<T> out = new ArrayList<>();
        for (MappingReader r : file.mappings(key, fields)) {
            out.add(reader.apply(ctx, r));
        }
        return out;
    }
}
