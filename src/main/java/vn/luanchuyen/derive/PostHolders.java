package vn.luanchuyen.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;

/**
 * Who held a post of a unit on a date: surely (the dates prove it), or plausibly (the dates
 * allow it, which is how pages answer "who held it then" when sources give only a month).
 */
public final class PostHolders {
    private record Holding(Cadre cadre, Span span) {
    }

    private final Map<String, List<Holding>> byPost = new HashMap<>();

    public static PostHolders surely(List<Cadre> cadres) {
        return new PostHolders(cadres, true);
    }

    public static PostHolders plausibly(List<Cadre> cadres) {
        return new PostHolders(cadres, false);
    }

    private PostHolders(List<Cadre> cadres, boolean surely) {
        for (Cadre c : cadres) {
            for (Tenure t : c.tenures()) {
                Span span = surely ? Span.of(t) : Span.plausible(t);
                if (t.post() == null || t.unit() == null || span == null) continue;
                byPost.computeIfAbsent(key(t.unit(), t.post()), k -> new ArrayList<>()).add(new Holding(c, span));
            }
        }
    }

    public List<Cadre> on(String unit, PostKind post, LocalDate date) {
        return byPost.getOrDefault(key(unit, post), List.of()).stream()
                .filter(h -> !date.isBefore(h.span.start()) && !date.isAfter(h.span.end()))
                .map(Holding::cadre)
                .distinct()
                .toList();
    }

    private static String key(String unit, PostKind post) {
        return unit + "|" + post.id();
    }
}
