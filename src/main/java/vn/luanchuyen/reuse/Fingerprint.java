package vn.luanchuyen.reuse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * A digest (SHA-256, first 128 bits in hex) of everything an output file is made from: texts,
 * numbers, and records walked component by component, so two page records with equal content
 * give the same fingerprint in any JVM, and any difference, however deep, gives another. Types
 * it does not know are refused rather than guessed, so a new kind of value cannot slip through
 * unseen. One per thread: not thread-safe.
 *
 * <pre>{@code
 * String fp = new Fingerprint().add("unit.ftl").add(pageRecord).hex();
 * }</pre>
 */
public final class Fingerprint {
    private final MessageDigest sha;
    private final Accessors accessors;

    public Fingerprint() {
        this(new Accessors());
    }

    Fingerprint(Accessors accessors) {
        this.accessors = accessors;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a value: null, text, number, boolean, enum, date, list, set, map, optional, byte array or record of these. */
    public Fingerprint add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof CharSequence s) {
            text('s', s.toString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            text('n', value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Enum<?> e) {
            text('e', e.getDeclaringClass().getName() + "." + e.name());
        } else if (value instanceof TemporalAccessor t) {
            text('t', t.getClass().getSimpleName() + ":" + t);
        } else if (value instanceof byte[] bytes) {
            tag('b');
            number(bytes.length);
            sha.update(bytes);
        } else if (value instanceof Optional<?> o) {
            tag('o');
            add(o.orElse(null));
        } else if (value instanceof Set<?> set && !ordered(set)) {
            unordered('u', set.stream().map(o -> new Fingerprint(accessors).add(o).hex()));
        } else if (value instanceof Collection<?> c) {
            tag('c');
            number(c.size());
            for (Object o : c) add(o);
        } else if (value instanceof Map<?, ?> m && !ordered(m)) {
            unordered('h', m.entrySet().stream().map(e -> new Fingerprint(accessors).add(e.getKey()).add(e.getValue()).hex()));
        } else if (value instanceof Map<?, ?> m) {
            tag('m');
            number(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                add(e.getKey());
                add(e.getValue());
            }
        } else if (value instanceof Record r) {
            record(r);
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
                    + ": page records hold texts, numbers, dates, lists, maps and records only");
        }
        return this;
    }

    /** The fingerprint of what was added; the digest starts afresh. */
    public String hex() {
        byte[] d = sha.digest();
        return HexFormat.of().formatHex(d, 0, 16);
    }

    private void record(Record r) {
        text('r', r.getClass().getName());
        for (Method accessor : accessors.of(r.getClass())) {
            try {
                add(accessor.invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor + ": " + e, e);
            }
        }
    }

    /** Whether iteration order is part of the value (a template would show it); {@code Set.of}, {@code Map.of} and hash maps are not. */
    private static boolean ordered(Object container) {
        return container instanceof SortedSet<?> || container instanceof SortedMap<?, ?>
                || container instanceof LinkedHashSet<?> || container instanceof LinkedHashMap<?, ?>;
    }

    /** Elements whose order means nothing: their own fingerprints, sorted. */
    private void unordered(char kind, Stream<String> fingerprints) {
        List<String> sorted = fingerprints.sorted().toList();
        tag(kind);
        number(sorted.size());
        sorted.forEach(f -> text('f', f));
    }

    private void tag(char c) {
        sha.update((byte) c);
    }

    private void number(int n) {
        sha.update((byte) (n >>> 24));
        sha.update((byte) (n >>> 16));
        sha.update((byte) (n >>> 8));
        sha.update((byte) n);
    }

    private void text(char kind, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        tag(kind);
        number(b.length);
        sha.update(b);
    }

    /** The accessor methods of each record class, looked up once; shared by the fingerprints of one build. */
    static final class Accessors {
        private final Map<Class<?>, Method[]> byClass = new java.util.concurrent.ConcurrentHashMap<>();

        Method[] of(Class<?> type) {
            return byClass.computeIfAbsent(type, t -> {
                RecordComponent[] components = t.getRecordComponents();
                Method[] out = new Method[components.length];
                for (int i = 0; i < components.length; i++) {
                    out[i] = components[i].getAccessor();
                    out[i].setAccessible(true);
                }
                return out;
            });
        }
    }
}
