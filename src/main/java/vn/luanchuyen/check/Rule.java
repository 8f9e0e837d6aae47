package vn.luanchuyen.check;

import vn.luanchuyen.diag.Diagnostics;

/** One check over the whole dataset. Rules report; they never throw on bad data. */
interface Rule {
    void check(CheckContext ctx, Diagnostics out);
}
