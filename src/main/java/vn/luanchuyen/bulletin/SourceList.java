package vn.luanchuyen.bulletin;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.luanchuyen.bulletin.BulletinView.SourceItem;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.Source;
import vn.luanchuyen.model.Tenure;

/** The sources cited by the records a bulletin prints, oldest first. */
final class SourceList {
    private final DataIndex index;

    SourceList(DataIndex index) {
        this.index = index;
    }

    List<SourceItem> of(PeriodRecords r) {
        Set<String> ids = new LinkedHashSet<>();
        for (Move m : r.moves()) {
            Cadre c = index.cadre(m.cadre());
            for (Tenure t : c.tenures()) ids.addAll(t.sources().isEmpty() ? c.sources() : t.sources());
        }
        r.figures().forEach(f -> ids.addAll(f.sources()));
        r.achievements().forEach(a -> ids.addAll(a.sources()));
        r.trainings().forEach(t -> ids.addAll(t.sources()));
        r.evaluations().forEach(e -> ids.addAll(e.sources()));
        r.programmes().forEach(p -> ids.addAll(p.sources()));
        r.reviews().forEach(rv -> ids.addAll(rv.review().sources().isEmpty() ? rv.programme().sources() : rv.review().sources()));
        return ids.stream().map(index::source).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Source::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Source::id))
                .map(s -> new SourceItem(s.id(), s.publication(), s.title(), s.section(), DatePhrases.cell(s.date()), s.time(),
                        s.author(), s.url()))
                .toList();
    }
}
