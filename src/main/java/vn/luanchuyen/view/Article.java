package vn.luanchuyen.view;

import java.time.LocalDate;
import java.util.List;

/**
 * A hand-written article from {@code content/}, as JBake read it: where it was rendered, its
 * header, and the cadres and units it names ({@code cadres=…}, {@code units=…} in the header).
 */
public record Article(String uri, String title, LocalDate date, String summary, List<String> tags, List<String> cadres,
                      List<String> units) {

    public Article {
        tags = List.copyOf(tags);
        cadres = List.copyOf(cadres);
        units = List.copyOf(units);
    }
}
