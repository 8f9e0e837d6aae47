package vn.luanchuyen.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …": the closest candidate by edit distance on folded text, if close enough. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private Suggest() {
    }

    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String key = Fold.key(wrong);
        return candidates.stream()
                .map(c -> new Scored(c, DISTANCE.apply(key, Fold.key(c))))
                .filter(s -> s.distance >= 0 && s.distance <= Math.max(2, key.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    private record Scored(String candidate, int distance) {
    }
}
