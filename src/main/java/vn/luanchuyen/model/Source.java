package vn.luanchuyen.model;

/** A publication that records cite: a news report, a resolution, a decision. */
public record Source(String id, String publication, String title, String section, PartialDate date,
                     String time, String author, String url, Origin origin) {
}
