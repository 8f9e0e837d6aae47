package vn.luanchuyen.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.luanchuyen.diag.Diagnostic;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.diag.Messages;

/** Prints diagnostics one per line, then a count. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, Lang lang, PrintWriter out) {
        Messages messages = new Messages(lang);
        diagnostics.forEach(d -> out.println(d.format(messages)));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        out.println(lang == Lang.EN
                ? errors + " error(s), " + warnings + " warning(s)"
                : errors + " lỗi, " + warnings + " cảnh báo");
        out.flush();
    }
}
