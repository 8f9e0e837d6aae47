package vn.luanchuyen.model;

import java.util.List;

/** Everything loaded from {@code data/}, each list in file order. */
public record Dataset(List<Source> sources, List<Unit> units, List<Cadre> cadres, List<Programme> programmes,
                      List<Figure> figures, List<Achievement> achievements, List<Training> trainings,
                      List<Evaluation> evaluations) {

    public Dataset {
        sources = List.copyOf(sources);
        units = List.copyOf(units);
        cadres = List.copyOf(cadres);
        programmes = List.copyOf(programmes);
        figures = List.copyOf(figures);
        achievements = List.copyOf(achievements);
        trainings = List.copyOf(trainings);
        evaluations = List.copyOf(evaluations);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
