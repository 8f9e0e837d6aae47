package vn.luanchuyen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code luanchuyen} command. Exit codes: 0 ok, 1 bad data, 2 usage or internal error. */
@Command(name = "luanchuyen", mixinStandardHelpOptions = true, version = "luanchuyen 0.1.0",
        description = "Publishes the records of cadre rotation (luân chuyển cán bộ) as a website and PDF bulletins.",
        subcommands = {CheckCommand.class, BuildCommand.class, ServeCommand.class, NewCommand.class, ChangesCommand.class, BulletinCommand.class, BenchCommand.class, ImportCommand.class, ExportCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ./luanchuyen check", "  ./luanchuyen build", "  ./luanchuyen check --lang en"})
public final class Main {
    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int FAILURE = 2;

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args));
    }

    /**
     * The libraries inside (OrientDB in JBake, Freemarker) log through java.util.logging; the
     * command reports problems itself, so their logs are cut to severe errors. Done once, here,
     * at the entry point of the process.
     */
    private static void quietLibraries() {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        // POI logs through the Log4j API, with no provider here: its simple logger, silenced.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
        try (var in = Main.class.getResourceAsStream("/logging.properties")) {
            if (in != null) java.util.logging.LogManager.getLogManager().readConfiguration(in);
        } catch (java.io.IOException e) {
            // logging stays as the JVM set it up
        }
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("luanchuyen: " + e);
            return FAILURE;
        });
        return cli.execute(args);
    }
}
