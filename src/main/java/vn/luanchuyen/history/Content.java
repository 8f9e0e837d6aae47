package vn.luanchuyen.history;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import vn.luanchuyen.model.Origin;

/**
 * What a record says, without where it was written: its components, recursively, leaving out
 * every {@link Origin}. Two versions of a record whose only difference is their lines (a comment
 * added above, fields moved) have the same content.
 */
final class Content {
    private Content() {
    }

    static String of(Object value) {
        StringBuilder b = new StringBuilder();
        append(value, b);
        return b.toString();
    }

    private static void append(Object value, StringBuilder b) {
        if (value instanceof Origin) return;
        if (value instanceof Record r) {
            b.append(r.getClass().getSimpleName()).append('[');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType() == Origin.class) continue;
                b.append(c.getName()).append('=');
                append(read(c, r), b);
                b.append(';');
            }
            b.append(']');
        } else if (value instanceof Collection<?> items) {
            b.append('[');
            items.forEach(i -> {
                append(i, b);
                b.append(',');
            });
            b.append(']');
        } else if (value instanceof Map<?, ?> map) {
            new TreeMap<>(map).forEach((k, v) -> {
                b.append(k).append('=');
                append(v, b);
                b.append(',');
            });
        } else {
            b.append(value);
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
