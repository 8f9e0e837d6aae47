package vn.luanchuyen.view;

import java.util.List;
import vn.luanchuyen.model.Comparison;
import vn.luanchuyen.model.Indicator;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Review;
import vn.luanchuyen.model.Target;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.text.VietnameseNumbers;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Pages.ProgrammePage;
import vn.luanchuyen.view.Rows.ReviewRow;
import vn.luanchuyen.view.Rows.TargetRow;

/** A page per resolution, scheme or plan, with its targets and reviews. */
final class ProgrammePages {
    private final ViewContext ctx;

    ProgrammePages(ViewContext ctx) {
        this.ctx = ctx;
    }

    List<Page> pages() {
        return ctx.data().programmes().stream().map(this::page).toList();
    }

    /** "Nghị quyết số 02: Luân chuyển cán bộ …", "Đề án số 01: …". */
    static String title(Programme p) {
        return p.kind().label() + (p.number() == null ? "" : " số " + p.number()) + ": " + p.title();
    }

    String issuer(Programme p) {
        if (p.issuerUnit() == null) return "";
        return ctx.unit(p.issuerUnit())
                .map(u -> p.issuerBody() == null ? PostNames.partyCommittee(u) : PostNames.body(p.issuerBody(), u))
                .orElse("");
    }

    private Page page(Programme p) {
        ProgrammePage page = new ProgrammePage(title(p), p.kind().label(), issuer(p),
                p.date() == null ? "" : VietnameseDates.of(p.date()), AggregateRows.period(p.from(), p.to()),
                p.scope() == null ? null : ctx.unitLink(p.scope()), p.note(), p.targets().stream().map(this::target).toList(),
                new TargetRows(ctx).of(ctx.targets().evaluate(p)), VietnameseDates.withWeekday(ctx.asOf()), p.reviews().stream().map(this::review).toList(), ctx.sources(p.sources()));
        String description = title(p) + (issuer(p).isEmpty() ? "" : " (" + issuer(p) + ")") + ".";
        PageMeta meta = PageMeta.of(title(p), description, Paths.programme(p.id()), "article", "");
        return new Page(Paths.programme(p.id()), "programme.ftl", meta, page, List.of(p.origin().file()));
    }

    private TargetRow target(Target t) {
        return new TargetRow(MoveRows.capitalise(t.indicator().label()), goal(t),
                t.deadline() == null ? "" : "đến " + VietnameseDates.of(t.deadline()),
                t.scope() == null ? null : ctx.unitLink(t.scope()), t.note());
    }

    /** "ít nhất 30%", "ít nhất 2 mỗi năm", "không nêu con số". */
    static String goal(Target t) {
        if (t.threshold() == null) return "không nêu con số";
        String comparison = t.comparison() == Comparison.AT_MOST ? "không quá " : "ít nhất ";
        String number = t.indicator().measure() == Indicator.Measure.SHARE
                ? VietnameseNumbers.percent(t.threshold()) : VietnameseNumbers.of(t.threshold());
        return comparison + number + (t.perYear() ? " mỗi năm" : "");
    }

    private ReviewRow review(Review r) {
        return new ReviewRow(VietnameseDates.of(r.date()), r.title(), r.chair() == null ? null : ctx.cadreLink(r.chair()), r.note());
    }
}
