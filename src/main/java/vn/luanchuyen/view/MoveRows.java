package vn.luanchuyen.view;

import java.util.List;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.text.VietnameseDates;
import vn.luanchuyen.view.Rows.MoveRow;

/** Moves as table rows. */
final class MoveRows {
    private final ViewContext ctx;

    MoveRows(ViewContext ctx) {
        this.ctx = ctx;
    }

    List<MoveRow> of(List<Move> moves) {
        return moves.stream().map(this::row).toList();
    }

    /** A move's row, made once per build ({@link ViewContext#moveRow}). */
    MoveRow row(Move m) {
        return ctx.moveRow(m, this::make);
    }

    private MoveRow make(Move m) {
        PartialDate date = m.date();
        return new MoveRow(date == null ? "" : VietnameseDates.of(date), date == null ? "" : date.toString(),
                ctx.cadreLink(m.cadre()),
                m.from() == null ? "" : ctx.post(m.from()), m.from() == null ? null : ctx.unitLink(m.from().unit()),
                ctx.post(m.to()), ctx.unitLink(m.to().unit()), capitalise(m.kind().label()), m.direction().label(),
                m.direction().id());
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
