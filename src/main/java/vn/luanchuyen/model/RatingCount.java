package vn.luanchuyen.model;

/** How many cadres got a rating, or that rating or better when {@code orBetter}. Public. */
public record RatingCount(Rating rating, boolean orBetter, int count, Origin origin) {
}
