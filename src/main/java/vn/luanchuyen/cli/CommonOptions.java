package vn.luanchuyen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.luanchuyen.diag.Lang;

/** Options every command takes. */
final class CommonOptions {
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, holding data/, content/ and templates/ (default: the current folder).")
    Path project;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of messages: vi (default) or en.", converter = LangConverter.class)
    Lang lang;

    Path root() {
        return project.toAbsolutePath().normalize();
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "vi" -> Lang.VI;
                case "en" -> Lang.EN;
                default -> throw new picocli.CommandLine.TypeConversionException("expected vi or en, got " + value);
            };
        }
    }
}
