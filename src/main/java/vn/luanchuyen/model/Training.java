package vn.luanchuyen.model;

import java.util.List;

/** Classes of one kind a unit organised or sent cadres to over a period, with their learners. */
public record Training(String id, String unit, TrainingKind kind, PartialDate from, PartialDate to, Integer classes,
                       Integer learners, String organiser, String note, List<String> sources, Visibility visibility,
                       Origin origin) {

    public Training {
        sources = List.copyOf(sources);
    }
}
