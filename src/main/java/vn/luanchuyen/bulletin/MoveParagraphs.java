package vn.luanchuyen.bulletin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.luanchuyen.bulletin.BulletinView.ActionPart;
import vn.luanchuyen.bulletin.BulletinView.CadreMove;
import vn.luanchuyen.bulletin.BulletinView.LaterPost;
import vn.luanchuyen.bulletin.BulletinView.MoveGroup;
import vn.luanchuyen.bulletin.BulletinView.MoveRow;
import vn.luanchuyen.model.ActionProgramme;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;

/**
 * The moves of a period as paragraphs (grouped by direction: down, up, lateral, unknown) and as table rows.
 * A bulletin tells at most a set number of moves in paragraphs, those to the grassroots first, then
 * those from it, then the lateral ones, each direction in the period's order; every move is a row
 * of the table, and each group says how many of its moves only the table lists.
 */
final class MoveParagraphs {
    private final DataIndex index;

    MoveParagraphs(DataIndex index) {
        this.index = index;
    }

    /** The groups of the period's moves, with paragraphs for at most {@code told} of them. */
    List<MoveGroup> groups(List<Move> moves, int told) {
        Set<Move> toTell = Collections.newSetFromMap(new IdentityHashMap<>());
        moves.stream().sorted(Comparator.comparing(Move::direction)).limit(told).forEach(toTell::add);
        Map<Direction, List<CadreMove>> paragraphs = new TreeMap<>();
        Map<Direction, Integer> totals = new TreeMap<>();
        for (Move m : moves) {
            totals.merge(m.direction(), 1, Integer::sum);
            List<CadreMove> group = paragraphs.computeIfAbsent(m.direction(), d -> new ArrayList<>());
            if (toTell.contains(m)) group.add(paragraph(m, moves));
        }
        return paragraphs.entrySet().stream()
                .map(e -> new MoveGroup(e.getKey().id(), List.copyOf(e.getValue()), totals.get(e.getKey()))).toList();
    }

    List<MoveRow> rows(List<Move> moves) {
        return moves.stream().map(m -> new MoveRow(DatePhrases.cell(m.date()), index.cadre(m.cadre()).name().full(),
                m.from() == null ? "" : index.post(m.from()), index.post(m.to()), Labels.capitalised(Verbs.moves(m.to())),
                m.direction().label())).toList();
    }

    private CadreMove paragraph(Move m, List<Move> all) {
        Cadre c = index.cadre(m.cadre());
        Tenure from = m.from();
        Tenure to = m.to();
        Integer months = from == null ? null : DatePhrases.monthsBetween(from.from(), from.to());
        boolean approx = from != null && months != null && (from.from().approximate() || from.to().approximate());
        String decidedBy = to.decision() == null || to.decision().issuerUnit() == null ? null
                : index.body(to.decision().issuerUnit(), to.decision().issuerBody());
        List<Tenure> later = later(c, to);
        Tenure last = later.isEmpty() ? to : later.get(later.size() - 1);
        String stillHeld = last.to() == null && last.heldOn() != null ? DatePhrases.on(last.heldOn()) : null;
        return new CadreMove(c.name().full(), c.name().ten(),
                c.birthYear() == null ? null : String.valueOf(c.birthYear()),
                from == null ? null : index.post(from), from != null && from.post() != PostKind.CAN_BO,
                months == null ? null : String.valueOf(months), approx,
                index.post(to), index.unit(to.unit()).map(u -> u.type().label()).orElse(""), m.direction().id(),
                DatePhrases.on(m.date()), Verbs.moves(to), Verbs.others(to), decidedBy,
                later.stream().map(t -> new LaterPost(index.post(t), DatePhrases.on(t.from() != null ? t.from() : t.heldOn()),
                        Verbs.others(t))).toList(),
                stillHeld, swapWith(m, all), action(c, to));
    }

    /** Posts taken after the move's post, up to the next move, in order; memberships left out. */
    private List<Tenure> later(Cadre c, Tenure moved) {
        List<Tenure> out = new ArrayList<>();
        c.tenures().stream()
                .filter(t -> t != moved && t.post().isPrimary() && t.from() != null && moved.from() != null
                        && t.from().compareTo(moved.from()) > 0)
                .sorted(Comparator.comparing(Tenure::from))
                .takeWhile(t -> !t.beganByMove())
                .forEach(out::add);
        return out;
    }

    /**
     * The given name of a cadre who moved the other way between the same two posts earlier in the
     * list (so the exchange is told once, at the second of the two).
     */
    private String swapWith(Move m, List<Move> all) {
        if (m.from() == null) return null;
        return all.subList(0, all.indexOf(m)).stream()
                .filter(o -> o.from() != null && samePost(o.from(), m.to()) && samePost(o.to(), m.from()))
                .map(o -> index.cadre(o.cadre()).name().ten())
                .findFirst().orElse(null);
    }

    private static boolean samePost(Tenure a, Tenure b) {
        return a.unit().equals(b.unit()) && a.post() == b.post() && a.department() == b.department() && a.body() == b.body();
    }

    private ActionPart action(Cadre c, Tenure to) {
        for (ActionProgramme a : c.actionProgrammes()) {
            if (!a.unit().equals(to.unit()) || a.post() != to.post()) continue;
            String presentedTo = a.presentedToUnit() == null ? null : index.body(a.presentedToUnit(), a.presentedTo());
            return new ActionPart(presentedTo, DatePhrases.on(a.presented()), a.tasks(), a.aim());
        }
        return null;
    }

    /** The words for how a tenure began: "điều động, luân chuyển" (the move) and "chỉ định" (the rest). */
    static final class Verbs {
        private Verbs() {
        }

        static String moves(Tenure t) {
            return String.join(", ", t.began().stream().filter(StartKind::isMove).map(StartKind::label).toList());
        }

        static String others(Tenure t) {
            List<String> others = t.began().stream().filter(k -> !k.isMove()).map(StartKind::label).toList();
            return others.isEmpty() ? null : String.join(", ", others);
        }

    }
}
