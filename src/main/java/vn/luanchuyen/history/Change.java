package vn.luanchuyen.history;

/**
 * One change to one record: which record ({@code recordKind} and id, e.g. "cadres",
 * "nguyen-hong-son"), what happened, what it happened to ({@code subject}: a post, a name) and
 * the detail in words (a period, "old → new").
 */
public record Change(String recordKind, String recordId, ChangeKind kind, String subject, String detail) {
}
