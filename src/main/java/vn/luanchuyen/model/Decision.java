package vn.luanchuyen.model;

/** The decision behind a tenure: number, date and issuing body of a unit; any part may be unknown (null). */
public record Decision(String number, PartialDate date, String issuerUnit, Body issuerBody, Origin origin) {
}
