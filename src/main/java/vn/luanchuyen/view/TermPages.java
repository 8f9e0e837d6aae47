package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.derive.Span;
import vn.luanchuyen.derive.Terms;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.TermPage;
import vn.luanchuyen.view.Rows.HolderPeriod;
import vn.luanchuyen.view.Rows.PostHistory;

/**
 * Who held each key post of a unit during a term ("as of" any date of it): a page per term in
 * which the records know a holder. Units that ended keep their pages; holders stay with the unit
 * they served, across the 1 July 2025 reform.
 */
final class TermPages {
    private final ViewContext ctx;
    /** The party's terms since 2005 that had begun by the reference date, oldest first. */
    private final List<Terms.Term> begun;

    TermPages(ViewContext ctx) {
        this.ctx = ctx;
        this.begun = Terms.partyTerms(2005, ctx.asOf().getYear()).stream().filter(t -> !t.start().isAfter(ctx.asOf())).toList();
    }

    static String path(String unit, Terms.Term term) {
        return Paths.unit(unit) + term.slug() + "/";
    }

    /** The terms of a unit that have a page, oldest first. */
    List<Terms.Term> terms(Unit u) {
        // the days each key post of the unit was held, worked out once for all terms (every unit is asked on every build)
        List<Span> held = new ArrayList<>();
        for (ViewContext.Held h : ctx.heldIn(u.id())) {
            Span s = UnitPages.KEY_POSTS.contains(h.tenure().post()) ? Span.plausible(h.tenure()) : null;
            if (s != null) held.add(s);
        }
        List<Terms.Term> out = new ArrayList<>();
        if (held.isEmpty()) return out;
        for (Terms.Term t : begun) {
            if (held.stream().anyMatch(t::overlaps)) out.add(t); // as holders(u, t) would list someone
        }
        return out;
    }

    /** One task per unit with terms: the terms are chosen now, the pages made when the task runs. */
    List<PageTask> tasks() {
        List<PageTask> out = new ArrayList<>();
        for (Unit u : ctx.data().units()) {
            List<Terms.Term> terms = terms(u);
            if (!terms.isEmpty()) {
                out.add(new PageTask(terms.size(), () -> pages(u, terms), new PageTask.Inputs("terms " + u.id(), ctx.cadresWithin(u.id()))));
            }
        }
        return out;
    }

    private List<Page> pages(Unit u, List<Terms.Term> terms) {
        List<Page> out = new ArrayList<>();
        List<Link> links = terms.stream().map(t -> new Link(path(u.id(), t), "Nhiệm kỳ " + t.label())).toList();
        String name = MoveRows.capitalise(PostNames.unit(u));
        for (Terms.Term t : terms) {
            PageMeta meta = PageMeta.of(name + ": lãnh đạo nhiệm kỳ " + t.label(),
                    "Những người giữ các chức vụ chủ chốt của " + PostNames.unit(u) + " trong nhiệm kỳ " + t.label() + ".",
                    path(u.id(), t), "website", "");
            RecordFiles files = new RecordFiles(ctx.units()).unit(u.id());
            ctx.heldIn(u.id()).stream().filter(h -> overlaps(h, t)).forEach(h -> files.origin(h.cadre().origin()));
            out.add(new Page(path(u.id(), t), "term.ftl", meta,
                    new TermPage(name, ctx.unitLink(u.id()), t.label(), holders(u, t), links), files.list()));
        }
        return out;
    }

    private List<PostHistory> holders(Unit u, Terms.Term term) {
        List<PostHistory> out = new ArrayList<>();
        for (PostKind post : UnitPages.KEY_POSTS) {
            List<HolderPeriod> holders = ctx.heldIn(u.id()).stream()
                    .filter(h -> h.tenure().post() == post)
                    .filter(h -> overlaps(h, term))
                    .map(h -> new HolderPeriod(ctx.cadreLink(h.cadre().id()),
                            ViewContext.period(h.tenure().from(), h.tenure().to(), h.tenure().heldOn())))
                    .filter(Objects::nonNull)
                    .toList();
            if (!holders.isEmpty()) {
                out.add(new PostHistory(ctx.post(ctx.heldIn(u.id()).stream().filter(h -> h.tenure().post() == post)
                        .findFirst().orElseThrow().tenure()), holders));
            }
        }
        return out;
    }

    private static boolean overlaps(ViewContext.Held h, Terms.Term term) {
        Span s = Span.plausible(h.tenure());
        return s != null && term.overlaps(s);
    }
}
