package vn.luanchuyen.model;

import java.util.List;

/**
 * One round of the monthly evaluation in a unit: how many cadres were evaluated, in how many
 * groups (khối), the counts per rating (public) and the individual ratings (internal), under the
 * programmes in {@code basis}.
 */
public record Evaluation(String id, String unit, PartialDate month, Integer evaluated, Integer groups,
                         List<RatingCount> counts, List<IndividualRating> ratings, List<String> basis,
                         List<String> sources, Visibility visibility, Origin origin) {

    public Evaluation {
        counts = List.copyOf(counts);
        ratings = List.copyOf(ratings);
        basis = List.copyOf(basis);
        sources = List.copyOf(sources);
    }
}
