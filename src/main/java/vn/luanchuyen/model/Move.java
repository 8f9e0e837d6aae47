package vn.luanchuyen.model;

/**
 * A move of a cadre (one "lượt"), derived: the tenure {@code to} began by a move kind, and
 * {@code from} is the post they left (null when the records do not say).
 */
public record Move(String cadre, Tenure from, Tenure to, StartKind kind, Direction direction) {

    /** When the move took effect: the start of the new tenure (or when it is first known held). */
    public PartialDate date() {
        return to.from() != null ? to.from() : to.heldOn();
    }
}
