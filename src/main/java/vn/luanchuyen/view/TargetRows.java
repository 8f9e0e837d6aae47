package vn.luanchuyen.view;

import java.util.List;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.stats.TargetResult;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.Rows.TargetStatusRow;

/** Judged targets as rows: goal, deadline, the figure judged on with its basis and source, the state. */
final class TargetRows {
    private final ViewContext ctx;

    TargetRows(ViewContext ctx) {
        this.ctx = ctx;
    }

    List<TargetStatusRow> of(List<TargetResult> results) {
        return results.stream().map(this::row).toList();
    }

    private TargetStatusRow row(TargetResult r) {
        Programme p = r.programme();
        String actual = r.actual() == null ? "" : FigureTexts.value(r.actual())
                + (r.actual().to() == null ? "" : " (" + VietnameseDates.of(r.actual().to()) + ")");
        List<String> years = r.years().stream()
                .map(y -> "Năm " + y.year() + ": " + y.count() + " (" + y.state().label() + ")").toList();
        return new TargetStatusRow(new Link(Paths.programme(p.id()), ProgrammePages.title(p)),
                MoveRows.capitalise(r.target().indicator().label()), ProgrammePages.goal(r.target()),
                r.target().deadline() == null ? "" : VietnameseDates.of(r.target().deadline()), actual,
                r.actual() == null ? "" : r.actual().basis().label(), r.state().label(), r.state().id(), years,
                r.actual() == null ? List.of() : ctx.sources(r.actual().sources()));
    }
}
