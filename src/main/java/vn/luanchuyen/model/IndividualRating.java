package vn.luanchuyen.model;

/** One cadre's rating in an evaluation. Always internal. */
public record IndividualRating(String cadre, Rating rating, Origin origin) {
}
