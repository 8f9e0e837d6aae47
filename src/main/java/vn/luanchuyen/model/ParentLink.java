package vn.luanchuyen.model;

/** A unit's parent for a period; open ends are null. */
public record ParentLink(String unit, PartialDate from, PartialDate to, Origin origin) {
}
