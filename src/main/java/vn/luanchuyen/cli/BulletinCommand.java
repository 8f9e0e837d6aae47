package vn.luanchuyen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import vn.luanchuyen.build.Checked;
import vn.luanchuyen.bulletin.BulletinCatalog;
import vn.luanchuyen.bulletin.BulletinException;
import vn.luanchuyen.bulletin.BulletinSpec;
import vn.luanchuyen.bulletin.BulletinWriter;
import vn.luanchuyen.diag.Lang;
import vn.luanchuyen.model.Dataset;
import vn.luanchuyen.model.PartialDate;
import vn.luanchuyen.publish.Redactor;

@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = "Checks data/ and, when there is no error, writes the PDF bulletin of one unit over a period.",
        footer = {"", "Examples:", "  ./luanchuyen bulletin --unit vo-nhai --from 2020-01 --to 2021-12",
                "  ./luanchuyen bulletin --unit tam-duong --from 2017 --to 2019-05 --out td.pdf",
                "  ./luanchuyen bulletin --unit nong-son --from 2022 --to 2022 --internal"})
final class BulletinCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit, by its id in data/units (e.g. vo-nhai).")
    String unit;

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "First year, month or day of the period: 2020, 2020-01 or 2020-01-15.")
    PartialDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "Last year, month or day of the period (included).")
    PartialDate to;

    @Option(names = "--internal", description = "Keep internal data (evaluations of each cadre, birth years, fields marked internal); every page is marked. Never publish it.")
    boolean internal;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the PDF (default: <unit>-<from>-<to>.pdf in the current folder).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        boolean en = options.lang == Lang.EN;
        Checked checked = Checked.of(options.root());
        if (!checked.diagnostics().isEmpty()) DiagnosticPrinter.print(checked.diagnostics(), options.lang, err);
        if (checked.hasErrors()) {
            err.println(en ? "bulletin not written: fix the data first" : "không viết bản tin: hãy sửa dữ liệu trước");
            return Main.BAD_DATA;
        }
        Dataset data = internal ? checked.data() : new Redactor().publicView(checked.data());
        if (data.units().stream().noneMatch(u -> u.id().equals(unit))) {
            err.println((en ? "unknown unit: " : "không có đơn vị: ") + unit);
            return Main.FAILURE;
        }
        try {
            BulletinSpec bulletin = new BulletinCatalog().period(data, unit, from, to);
            byte[] pdf = new BulletinWriter(options.root(), internal).render(bulletin, data);
            Path file = out != null ? out : Path.of(internal ? bulletin.fileName().replace(".pdf", "-noi-bo.pdf") : bulletin.fileName());
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, pdf);
            var stdout = spec.commandLine().getOut();
            stdout.println((en ? "wrote " : "đã viết ") + file);
            stdout.flush();
            return Main.OK;
        } catch (BulletinException e) {
            err.println((en ? "bulletin not written: " : "không viết được bản tin: ") + e.getMessage());
            return Main.BAD_DATA;
        }
    }

    /** "2020", "2020-01", "2020-01-15". */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

        @Override
        public PartialDate convert(String value) {
            Matcher m = DATE.matcher(value.strip());
            if (!m.matches()) throw new TypeConversionException("expected a date such as 2020, 2020-01 or 2020-01-15, got " + value);
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            try {
                PartialDate d = new PartialDate(year, month, day, false);
                d.earliest();
                if (m.group(2) != null && month == 0) throw new java.time.DateTimeException("month 0");
                return d;
            } catch (java.time.DateTimeException e) {
                throw new TypeConversionException("not a date: " + value);
            }
        }
    }
}
