package vn.luanchuyen.reuse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
    /** Most fingerprints are a few short values (a key of keys): the buffer starts small and grows to {@value #BLOCK} bytes. */
    private byte[] buffer = new byte[64];
    private char[] chars;
    private int filled;
    private static final int BLOCK = 2048;

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
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('i');
            tag(value instanceof Integer ? 'I' : value instanceof Long ? 'L' : value instanceof Short ? 'S' : 'B');
            wide(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (value instanceof Number || value instanceof Character) {
            text('n', value.getClass().getSimpleName() + ":" + value);
        } else if (value instanceof Enum<?> e) {
            text('e', e.getDeclaringClass().getName() + "." + e.name());
        } else if (value instanceof TemporalAccessor t) {
            text('t', t.getClass().getSimpleName() + ":" + t);
        } else if (value instanceof byte[] bytes) {
            tag('b');
            number(bytes.length);
            flush();
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
        return HexFormat.of().formatHex(bytes());
    }

    /** The fingerprint as the 16 bytes {@link #hex()} writes out, to be added to other fingerprints; the digest starts afresh. */
    public byte[] bytes() {
        flush();
        return java.util.Arrays.copyOf(sha.digest(), 16);
    }

    private void record(Record r) {
        Accessors.Type type = accessors.of(r.getClass());
        text('r', type.name());
        for (Method accessor : type.accessors()) {
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

    /*
     * What is added goes through a buffer to the digest in large blocks: a page record is
     * thousands of small values, and the digest's per-call cost would outweigh the hashing.
     * Texts go in as their UTF-16 code units (two bytes each) after their length, so no text is
     * encoded into a new array.
     */
    private void tag(char c) {
        room(1);
        buffer[filled++] = (byte) c;
    }

    private void number(int n) {
        room(4);
        buffer[filled++] = (byte) (n >>> 24);
        buffer[filled++] = (byte) (n >>> 16);
        buffer[filled++] = (byte) (n >>> 8);
        buffer[filled++] = (byte) n;
    }

    private void wide(long n) {
        number((int) (n >>> 32));
        number((int) n);
    }

    private void text(char kind, String s) {
        tag(kind);
        int length = s.length();
        number(length);
        if (chars == null) chars = new char[Math.min(512, Math.max(16, length))];
        else if (chars.length < Math.min(512, length)) chars = new char[Math.min(512, length)];
        for (int from = 0; from < length; from += chars.length) {
            int n = Math.min(chars.length, length - from);
            s.getChars(from, from + n, chars, 0);
            room(2 * n);
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                buffer[filled++] = (byte) (c >>> 8);
                buffer[filled++] = (byte) c;
            }
        }
    }

    private void room(int bytes) {
        if (filled + bytes <= buffer.length) return;
        if (buffer.length < BLOCK) buffer = java.util.Arrays.copyOf(buffer, Math.min(BLOCK, Math.max(buffer.length * 4, filled + bytes)));
        if (filled + bytes > buffer.length) flush();
    }

    private void flush() {
        sha.update(buffer, 0, filled);
        filled = 0;
    }

    /** The name and accessor methods of each record class, looked up once; shared by the fingerprints of one build. */
    static final class Accessors {
        private final Map<Class<?>, Type> byClass = new java.util.concurrent.ConcurrentHashMap<>();

        record Type(String name, Method[] accessors) {
        }

        Type of(Class<?> type) {
            return byClass.computeIfAbsent(type, t -> {
                RecordComponent[] components = t.getRecordComponents();
                Method[] out = new Method[components.length];
                for (int i = 0; i < components.length; i++) {
                    out[i] = components[i].getAccessor();
                    out[i].setAccessible(true);
                }
                return new Type(t.getName(), out);
            });
        }
    }
}
