package vn.luanchuyen.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Tenure;

/**
 * {@code post.two-holders}: two people surely in the same single-holder post at the same time.
 *
 * <p>The holders of every post are read together, so a check that keeps what it found
 * ({@link Kept}, in a process that builds again and again) looks again only at the posts the
 * cadres whose records are not the last check's held, before or after the edit.
 */
final class SingleHolderRule implements Rule {
    private record Holding(Cadre cadre, Tenure tenure, Span span) {
    }

    /** One post: the unit, the kind of post and the department (a record, not a joined string: 200,000 tenures nationally). */
    private record Post(String unit, PostKind post, Department department) {
    }

    /** The last check's cadres (as a set by identity), the holders of each post and what each post's holders gave. */
    private record Found(Set<Cadre> cadres, Map<Post, List<Holding>> byPost, Map<Post, List<Diagnostic>> problems) {
    }

    /** What the last check found, for the next check of the same process to start from; {@link #NOTHING} keeps nothing. */
    static final class Kept {
        static final Kept NOTHING = new Kept(false);
        private final boolean keeping;
        private final AtomicReference<Found> last = new AtomicReference<>();

        Kept(boolean keeping) {
            this.keeping = keeping;
        }
    }

    private final Kept kept;

    SingleHolderRule() {
        this(Kept.NOTHING);
    }

    SingleHolderRule(Kept kept) {
        this.kept = kept;
    }

    @Override
    public void check(CheckContext ctx, Diagnostics out) {
        List<Cadre> cadres = ctx.data().cadres();
        Found last = kept.keeping ? kept.last.get() : null;
        Found found = last == null ? all(cadres) : since(last, cadres);
        if (kept.keeping) kept.last.set(found);
        found.problems().values().forEach(out::addAll);
    }

    /** Every post's holders and problems, from scratch. */
    private static Found all(List<Cadre> cadres) {
        Map<Post, List<Holding>> byPost = new HashMap<>();
        for (Cadre c : cadres) add(c, byPost);
        Map<Post, List<Diagnostic>> problems = new HashMap<>();
        byPost.forEach((post, holdings) -> problems(post, holdings, problems));
        Set<Cadre> seen = Collections.newSetFromMap(new IdentityHashMap<>(cadres.size() * 2));
        seen.addAll(cadres);
        return new Found(seen, byPost, problems);
    }

    /** The last check's findings, with the posts of the cadres that came or went since looked at again. */
    private static Found since(Found last, List<Cadre> cadres) {
        Set<Cadre> now = Collections.newSetFromMap(new IdentityHashMap<>(cadres.size() * 2));
        now.addAll(cadres);
        List<Cadre> came = cadres.stream().filter(c -> !last.cadres().contains(c)).toList();
        List<Cadre> went = last.cadres().stream().filter(c -> !now.contains(c)).toList();
        if (came.size() + went.size() > cadres.size() / 4) return all(cadres);
        Set<Post> touched = new LinkedHashSet<>();
        for (Cadre c : came) touched.addAll(posts(c));
        for (Cadre c : went) touched.addAll(posts(c));
        Map<Post, List<Holding>> byPost = new HashMap<>(last.byPost());
        Map<Post, List<Diagnostic>> problems = new HashMap<>(last.problems());
        for (Post post : touched) {
            List<Holding> holdings = new ArrayList<>();
            for (Holding h : last.byPost().getOrDefault(post, List.of())) {
                if (now.contains(h.cadre())) holdings.add(h);
            }
            for (Cadre c : came) {
                for (Tenure t : c.tenures()) {
                    Span span = Span.of(t);
                    if (holds(t, span) && post.equals(post(t))) holdings.add(new Holding(c, t, span));
                }
            }
            problems.remove(post);
            if (holdings.isEmpty()) {
                byPost.remove(post);
            } else {
                byPost.put(post, holdings);
                problems(post, holdings, problems);
            }
        }
        return new Found(now, byPost, problems);
    }

    private static boolean holds(Tenure t, Span span) {
        return t.post() != null && t.post().isSingleHolder() && t.unit() != null && span != null;
    }

    private static Post post(Tenure t) {
        return new Post(t.unit(), t.post(), t.department());
    }

    private static List<Post> posts(Cadre c) {
        List<Post> posts = new ArrayList<>();
        for (Tenure t : c.tenures()) {
            if (holds(t, Span.of(t))) posts.add(post(t));
        }
        return posts;
    }

    private static void add(Cadre c, Map<Post, List<Holding>> byPost) {
        for (Tenure t : c.tenures()) {
            Span span = Span.of(t);
            if (holds(t, span)) byPost.computeIfAbsent(post(t), k -> new ArrayList<>()).add(new Holding(c, t, span));
        }
    }

    /** The problems of one post's holders, kept under the post when there are any. */
    private static void problems(Post post, List<Holding> holdings, Map<Post, List<Diagnostic>> problems) {
        List<Holding> sorted = new ArrayList<>(holdings);
        sorted.sort(Comparator.comparing((Holding h) -> h.span.start()).thenComparing(h -> h.tenure.origin().at()));
        Diagnostics found = null;
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Holding a = sorted.get(i);
                Holding b = sorted.get(j);
                if (b.span.start().isAfter(a.span.end())) continue;
                if (a.cadre != b.cadre && a.span.overlaps(b.span)) {
                    if (found == null) found = new Diagnostics();
                    found.error("post.two-holders", b.tenure.origin().of("from"), b.cadre.name(), a.cadre.name(),
                            b.tenure.post().label(), b.tenure.unit(), a.tenure.origin().at());
                }
            }
        }
        if (found != null) problems.put(post, found.sorted());
    }
}
