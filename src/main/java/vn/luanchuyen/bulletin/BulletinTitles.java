package vn.luanchuyen.bulletin;

import java.util.List;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.Programme;
import vn.luanchuyen.model.Unit;
import vn.luanchuyen.text.PostNames;

/**
 * The titles of bulletins, as labels for lists, running headers and document metadata: "Luân
 * chuyển cán bộ ở huyện Võ Nhai năm 2020". Headlines and all other prose come from the templates.
 */
final class BulletinTitles {
    private BulletinTitles() {
    }

    static String year(DataIndex index, Unit unit, int year) {
        return "Luân chuyển cán bộ ở " + PostNames.unit(unit) + " năm " + year;
    }

    static String period(DataIndex index, Unit unit, PartialDate from, PartialDate to) {
        return "Luân chuyển cán bộ ở " + PostNames.unit(unit) + " " + DatePhrases.span(from, to);
    }

    static String review(DataIndex index, Unit unit, List<Programme> programmes, PartialDate date) {
        String names = String.join(", ", programmes.stream().map(p -> ProgrammeParts.name(p)).toList());
        return "Sơ kết " + names + " ở " + PostNames.unit(unit) + ", " + DatePhrases.on(date);
    }
}
