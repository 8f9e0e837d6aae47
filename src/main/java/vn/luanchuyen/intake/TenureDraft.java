package vn.luanchuyen.intake;

import java.util.List;
import vn.luanchuyen.model.Body;
import vn.luanchuyen.model.Department;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.model.PostKind;
import vn.luanchuyen.model.StartKind;

/** A tenure read from one row, in the loader's terms, ready to be written as YAML. */
record TenureDraft(int row, String unit, PostKind post, Department department, Body body, PartialDate from,
                   PartialDate to, PartialDate heldOn, List<StartKind> began, String decisionNumber,
                   PartialDate decisionDate, List<String> sources) {

    TenureDraft {
        began = List.copyOf(began);
        sources = List.copyOf(sources);
    }

    /** Where the tenure sits in time, for ordering a cadre's tenures oldest first. */
    PartialDate start() {
        return from != null ? from : heldOn != null ? heldOn : to;
    }
}
