package vn.luanchuyen.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.luanchuyen.model.Cadre;
import vn.luanchuyen.model.Direction;
import vn.luanchuyen.model.Move;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.StartKind;
import vn.luanchuyen.model.Tenure;

/**
 * Derives moves from consecutive tenures: every tenure that began by điều động, luân chuyển or
 * biệt phái is one move, from the primary post the cadre held just before it. The direction
 * compares unit levels: deeper is down to the grassroots, shallower is up, same level lateral.
 */
public final class MoveFinder {
    private final UnitIndex units;

    public MoveFinder(UnitIndex units) {
        this.units = units;
    }

    public List<Move> moves(List<Cadre> cadres) {
        List<Move> out = new ArrayList<>();
        for (Cadre c : cadres) {
            out.addAll(moves(c));
        }
        return out;
    }

    public List<Move> moves(Cadre cadre) {
        List<Tenure> ordered = cadre.tenures().stream()
                .filter(t -> t.post() != null && t.post().isPrimary() && startOf(t) != null)
                .sorted(Comparator.comparing(MoveFinder::startOf))
                .toList();
        List<Move> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Tenure to = ordered.get(i);
            if (!to.beganByMove()) continue;
            Tenure from = previous(ordered, i);
            out.add(new Move(cadre.id(), from, to, kind(to), direction(from, to)));
        }
        return out;
    }

    /** The latest earlier primary tenure in another post (a different unit or post). */
    private static Tenure previous(List<Tenure> ordered, int i) {
        Tenure to = ordered.get(i);
        for (int j = i - 1; j >= 0; j--) {
            Tenure t = ordered.get(j);
            boolean samePost = t.unit() != null && t.unit().equals(to.unit()) && t.post() == to.post();
            if (!samePost) return t;
        }
        return null;
    }

    private static StartKind kind(Tenure t) {
        if (t.began().contains(StartKind.LUAN_CHUYEN)) return StartKind.LUAN_CHUYEN;
        if (t.began().contains(StartKind.DIEU_DONG)) return StartKind.DIEU_DONG;
        return StartKind.BIET_PHAI;
    }

    public Direction direction(Tenure from, Tenure to) {
        if (from == null) return Direction.UNKNOWN;
        int a = units.level(from.unit());
        int b = units.level(to.unit());
        if (a < 0 || b < 0) return Direction.UNKNOWN;
        return b > a ? Direction.DOWN : b < a ? Direction.UP : Direction.LATERAL;
    }

    static PartialDate startOf(Tenure t) {
        return t.from() != null ? t.from() : t.heldOn() != null ? t.heldOn() : t.to();
    }
}
