package vn.luanchuyen.model;

/**
 * Something that happened to a unit on a date: renamed (to {@code name}), type changed (to
 * {@code type}), merged into {@code into}, split, abolished; {@code basis} is the legal act.
 */
public record UnitEvent(UnitEventKind kind, PartialDate date, String basis, String into, String name,
                        UnitType type, Origin origin) {
}
