package vn.luanchuyen.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.luanchuyen.model.Term;
import vn.luanchuyen.text.Fold;

/** A vocabulary's values by id, label or alias, folded like the loader does ("Nữ", "nu", "NỮ"). */
final class TermMatcher<E extends Enum<E> & Term> {
    private final Map<String, E> byKey = new HashMap<>();

    TermMatcher(Class<E> type) {
        for (E e : type.getEnumConstants()) {
            byKey.put(Fold.key(e.id()), e);
            byKey.put(Fold.key(e.label()), e);
            e.aliases().forEach(a -> byKey.put(Fold.key(a), e));
        }
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(byKey.get(Fold.key(text)));
    }

    Map<String, E> keys() {
        return Map.copyOf(byKey);
    }
}
