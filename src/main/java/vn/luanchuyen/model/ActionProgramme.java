package vn.luanchuyen.model;

import java.util.List;

/** A rotated cadre's action programme (CTHĐ) for a post, presented to a body on a date. */
public record ActionProgramme(String unit, PostKind post, PartialDate presented, String presentedToUnit,
                              Body presentedTo, List<String> tasks, String aim, List<String> sources,
                              Origin origin) {

    public ActionProgramme {
        tasks = List.copyOf(tasks);
        sources = List.copyOf(sources);
    }
}
