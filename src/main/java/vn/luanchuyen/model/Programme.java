package vn.luanchuyen.model;

import java.util.List;

/** A resolution, scheme, plan or letter that sets targets or rules for a scope. */
public record Programme(String id, ProgrammeKind kind, String number, String title, String issuerUnit,
                        Body issuerBody, PartialDate date, PartialDate from, PartialDate to, String scope,
                        String note, List<Target> targets, List<Review> reviews, List<String> sources,
                        Visibility visibility, Origin origin) {

    public Programme {
        targets = List.copyOf(targets);
        reviews = List.copyOf(reviews);
        sources = List.copyOf(sources);
    }
}
