package io.redweave.internal.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar redweave-cli.jar}: the merged cache-key report ({@code report}) and the audit of a
 * live Redis against it ({@code audit}). Exit codes: 0 when all went well, 2 for bad arguments, 3 for
 * an audit whose result is partial (it is printed all the same), 1 for anything else.
 */
@Command(
        name = "redweave-cli",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        subcommands = {AuditCommand.class, ReportCommand.class, CommandLine.HelpCommand.class},
        description = "Redweave's cache-key report for a whole application, and the audit of a live Redis against it.")
public final class Main implements Runnable {

    /** A partial audit: some keys may not have been seen. */
    static final int PARTIAL = 3;

    /** Anything the commands did not foresee; the message is printed, never the stack trace. */
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs one command line; returns its exit code. {@code env} stands for the environment ({@code REDWEAVE_*}). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getColorScheme().errorText("redweave-cli: " + e.getMessage()));
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : FAILED;
        });
        line.getSubcommands().values().forEach(sub -> {
            if (sub.getCommand() instanceof EnvironmentAware aware) {
                aware.environment(env);
            }
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Commands that read {@code REDWEAVE_*} settings as the application would. */
    interface EnvironmentAware {
        void environment(Map<String, String> env);
    }

    /** The version of the jar, from its manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"redweave-cli " + (version == null ? "(development build)" : version)};
        }
    }
}
