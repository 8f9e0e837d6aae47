package vn.luanchuyen.reuse;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a process that builds again and again (the preview server, the benchmark) keeps from one
 * build for the next: one value per name, with the key of what it was made from. Asked for a
 * name with the same key, it gives the value kept instead of making it again; with another key,
 * it makes the value and keeps that one instead, so it holds no more than one value per name.
 * {@link #none()} keeps nothing (a build from the command line). Thread-safe.
 *
 * <pre>{@code
 * PreviousSearch s = memo.get("search index", fingerprintOfItsBytes, () -> PreviousSearch.read(bytes));
 * memo.put("search index", fingerprintOfTheNewBytes, PreviousSearch.of(entriesWritten)); // what the next build will read
 * }</pre>
 */
public final class Memo {
    private record Kept(Object key, Object value) {
    }

    /** Makes a value, perhaps failing as {@code E} (reading a file). */
    @FunctionalInterface
    public interface Make<T, E extends Exception> {
        T make() throws E;
    }

    private final Map<String, Kept> kept;

    private Memo(Map<String, Kept> kept) {
        this.kept = kept;
    }

    /** A memo that keeps values between builds. */
    public static Memo keeping() {
        return new Memo(new HashMap<>());
    }

    /** A memo that keeps nothing: every value is made when asked. */
    public static Memo none() {
        return new Memo(null);
    }

    /** Whether values are kept between builds (not by {@link #none()}). */
    public boolean keeps() {
        return kept != null;
    }

    /** The value kept under {@code name} if it was made from {@code key}; otherwise made now, and kept. */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T get(String name, Object key, Make<T, E> make) throws E {
        Objects.requireNonNull(key);
        Kept k = keptFor(name, key);
        if (k != null) return (T) k.value();
        T value = make.make();
        put(name, key, value);
        return value;
    }

    /** The value kept under {@code name} if it was made from {@code key}; none otherwise (nothing is made). */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> madeFrom(String name, Object key) {
        Kept k = keptFor(name, key);
        return k == null ? java.util.Optional.empty() : java.util.Optional.ofNullable((T) k.value());
    }

    /** What is kept under {@code name} if it was made from {@code key}, or null. */
    private Kept keptFor(String name, Object key) {
        if (kept == null) return null;
        synchronized (kept) {
            Kept k = kept.get(name);
            return k != null && k.key().equals(key) ? k : null;
        }
    }

    /** The value kept under {@code name}, whatever it was made from; none when nothing is kept under it. */
    @SuppressWarnings("unchecked")
    public <T> java.util.Optional<T> any(String name) {
        if (kept == null) return java.util.Optional.empty();
        synchronized (kept) {
            Kept k = kept.get(name);
            return k == null ? java.util.Optional.empty() : java.util.Optional.ofNullable((T) k.value());
        }
    }

    /** Keeps {@code value}, made from {@code key}, under {@code name}, for a later build to ask for. */
    public void put(String name, Object key, Object value) {
        if (kept == null) return;
        synchronized (kept) {
            kept.put(name, new Kept(Objects.requireNonNull(key), value));
        }
    }
}
