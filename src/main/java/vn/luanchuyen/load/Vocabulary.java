package vn.luanchuyen.load;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.text.Fold;
import vn.luanchuyen.text.Suggest;

/** Looks up a fixed vocabulary's values by id, label or alias, folded (case and diacritics ignored). */
final class Vocabulary<E extends Enum<E> & Term> {
    private final Class<E> type;
    private final Map<String, E> byKey = new LinkedHashMap<>();
    /** Values as written, already looked up: the same few spellings recur in every file. */
    private final Map<String, Optional<E>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    Vocabulary(Class<E> type) {
        this.type = type;
        for (E e : type.getEnumConstants()) {
            byKey.put(Fold.key(e.id()), e);
            byKey.put(Fold.key(e.label()), e);
            e.aliases().forEach(a -> byKey.put(Fold.key(a), e));
        }
    }

    Optional<E> find(String written) {
        return seen.computeIfAbsent(written, w -> Optional.ofNullable(byKey.get(Fold.key(w))));
    }

    /** The ids, for messages: "bau, bo-nhiem, …". */
    String ids() {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Term::id).toList());
    }

    List<String> labels() {
        return Arrays.stream(type.getEnumConstants()).map(Term::label).toList();
    }
}
