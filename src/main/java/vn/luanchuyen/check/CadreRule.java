package vn.luanchuyen.check;

import vn.luanchuyen.diag.Diagnostics;
import vn.luanchuyen.model.Cadre;

/**
 * A rule, or the part of one, that looks at one cadre's record at a time and reads besides it
 * only the units and the sources (never another cadre), so what it finds in a record stands
 * while the record, the units and the sources are the same ({@link Checker} keeps it between the
 * builds of one process).
 */
interface CadreRule {
    void check(CheckContext ctx, Cadre cadre, Diagnostics out);
}
