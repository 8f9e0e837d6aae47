package vn.luanchuyen.history;

import java.time.Instant;

/** A commit of the data: its id, when it was made, by whom and why. */
public record Commit(String id, Instant time, String author, String message) {

    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }

    /** The first line of the message. */
    public String subject() {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
