package vn.luanchuyen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.luanchuyen.build.Checked;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Loads data/ and reports every problem, one per line: file:line:column: severity [code] message (hint). Exits 1 on any error.",
        footer = {"", "Examples:", "  ./luanchuyen check", "  ./luanchuyen check --lang en --project ../tinh-thai-nguyen"})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Checked checked = Checked.of(options.root());
        DiagnosticPrinter.print(checked.diagnostics(), options.lang, spec.commandLine().getOut());
        return checked.hasErrors() ? Main.BAD_DATA : Main.OK;
    }
}
