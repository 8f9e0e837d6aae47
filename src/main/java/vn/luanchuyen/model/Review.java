package vn.luanchuyen.model;

import java.util.List;

/** A review of a programme (sơ kết, tổng kết) on a date, chaired by a cadre. */
public record Review(PartialDate date, String title, String chair, String note, List<String> sources, Origin origin) {

    public Review {
        sources = List.copyOf(sources);
    }
}
