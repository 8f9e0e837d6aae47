package vn.luanchuyen.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.luanchuyen.derive.RecordFiles;
import vn.luanchuyen.model.ActionProgramme;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Decision;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;
import vn.luanchuyen.text.PostNames;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.Pages.CadrePage;
import vn.luanchuyen.view.Pages.Page;
import vn.luanchuyen.view.Rows.ActionRow;
import vn.luanchuyen.view.Rows.TenureRow;

/** A page per cadre: the career as a timeline, the moves with their direction, action programmes and results. */
final class CadrePages {
    private final ViewContext ctx;
    private final MoveRows moveRows;

    CadrePages(ViewContext ctx) {
        this.ctx = ctx;
        this.moveRows = new MoveRows(ctx);
    }

    /** Tenures in time order; those without any start last. */
    static List<Tenure> timeline(Cadre c) {
        return c.tenures().stream()
                .sorted(Comparator.comparing((Tenure t) -> t.from() != null ? t.from() : t.heldOn() != null ? t.heldOn() : t.to(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The posts a cadre holds as far as the records know: those with no end. */
    List<String> current(Cadre c) {
        return timeline(c).stream().filter(t -> t.to() == null).map(ctx::post).toList();
    }

    Page page(Cadre c) {
        Set<String> sources = new LinkedHashSet<>(c.sources());
        List<TenureRow> timeline = new ArrayList<>();
        for (Tenure t : timeline(c)) {
            sources.addAll(t.sources());
            timeline.add(new TenureRow(ctx.post(t), ctx.unitLink(t.unit()), ViewContext.period(t.from(), t.to(), t.heldOn()),
                    t.from() == null ? "" : t.from().toString(),
                    t.began().stream().map(StartKind::label).collect(Collectors.joining(", ")), decision(t.decision()), t.note()));
        }
        List<String> facts = new ArrayList<>();
        if (c.gender() != null) facts.add("Giới tính: " + c.gender().label());
        if (c.hometown() != null) ctx.unit(c.hometown()).ifPresent(u -> facts.add("Quê quán: " + PostNames.unit(u)));
        var moves = ctx.movesOf(c.id());
        var achievements = ctx.data().achievements().stream().filter(a -> c.id().equals(a.cadre())).toList();
        achievements.forEach(a -> sources.addAll(a.sources()));
        List<Rows.AchievementRow> achievementRows = achievements.stream()
                .map(a -> new Rows.AchievementRow(a.title(), AggregateRows.achievementValue(a), AggregateRows.period(a.from(), a.to()), a.status().label(), ctx.unitLink(a.unit()), ctx.sources(a.sources())))
                .toList();
        List<String> current = current(c);
        CadrePage page = new CadrePage(c.name().full(), facts, current, timeline, moveRows.of(moves),
                c.actionProgrammes().stream().map(this::action).toList(), achievementRows,
                ctx.articlesAbout(c.id(), null), ctx.sources(sources), ctx.changesOf("cadres", c.id()));
        String job = current.isEmpty() ? null : current.get(0);
        String description = c.name().full() + (job == null ? "" : ", " + job) + ": quá trình công tác, điều động, luân chuyển.";
        PageMeta meta = PageMeta.of(c.name().full(), description, Paths.cadre(c.id()), "profile",
                JsonLd.person(c.name().full(), job, null));
        RecordFiles files = new RecordFiles(ctx.units()).origin(c.origin()).unit(c.hometown());
        c.tenures().forEach(t -> files.unit(t.unit()));
        achievements.forEach(a -> files.origin(a.origin()));
        return new Page(Paths.cadre(c.id()), "cadre.ftl", meta, page, files.list());
    }

    /** "Quyết định số 125-QĐ/HU ngày 01/03/2020 của Ban Thường vụ Huyện ủy Võ Nhai". */
    private String decision(Decision d) {
        if (d == null) return "";
        StringBuilder b = new StringBuilder("Quyết định");
        if (d.number() != null) b.append(" số ").append(d.number());
        if (d.date() != null) {
            boolean day = d.date().precision() == vn.luanchuyen.model.PartialDate.Precision.DAY;
            b.append(day ? " ngày " : " ").append(VietnameseDates.of(d.date()));
        }
        if (d.issuerUnit() != null) {
            ctx.unit(d.issuerUnit()).ifPresent(u -> b.append(" của ").append(d.issuerBody() == null
                    ? PostNames.partyCommittee(u) : PostNames.body(d.issuerBody(), u)));
        }
        return b.toString();
    }

    private ActionRow action(ActionProgramme a) {
        Tenure asPost = new Tenure(a.unit(), a.post(), null, null, null, null, null, List.of(), null, null, List.of(),
                vn.luanchuyen.model.Visibility.PUBLIC, a.origin());
        String presentedTo = a.presentedToUnit() == null ? "" : ctx.unit(a.presentedToUnit())
                .map(u -> a.presentedTo() == null ? PostNames.partyCommittee(u) : PostNames.body(a.presentedTo(), u)).orElse("");
        return new ActionRow(ctx.post(asPost), a.presented() == null ? "" : VietnameseDates.of(a.presented()), presentedTo,
                a.tasks(), a.aim());
    }
}
