package io.jenkins.plugins.bakedsecrets.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code baked-secrets}: one picocli command per verb. */
@Command(name = "baked-secrets", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds secrets baked into container images and gates their promotion.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on; the gate passed",
            "1:findings at or above --fail-on; the gate failed",
            "2:error: usage, bad input, digest mismatch, internal failure", "3:the gate is unstable"})
public final class Main implements Runnable {
    /** The verbs, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ScanCommand.class, RulesCommand.class,
            SampleCommand.class, GateCommand.class, ProvenanceCommand.class, ExposureCommand.class, DiffCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(StandardOutput.ofProcess(), StandardCharsets.UTF_8),
                true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new Errors.ParameterErrors());
        cli.setExecutionExceptionHandler(new Errors.ExecutionErrors());
        cli.setExecutionStrategy(result -> {
            try {
                return new CommandLine.RunLast().execute(result);
            } catch (UncheckedIOException e) {
                // Standard output failed while printing help or usage, outside any command.
                Errors.line(err, Errors.describe(e));
                return ExitCodes.ERROR;
            }
        });
        try {
            int code = cli.execute(args);
            out.flush();
            return code;
        } catch (OutOfMemoryError e) {
            err.println("baked-secrets: out of memory; give the JVM more heap (-Xmx) or lower --parallelism");
            return ExitCodes.ERROR;
        } catch (UncheckedIOException e) {
            // Standard output failed on the final flush.
            Errors.line(err, Errors.describe(e));
            return ExitCodes.ERROR;
        }
    }

    /**
     * The command line for {@code args}: with only the verb they start with when that is one, else with every verb
     * (for the help, the version and the errors that list them). Picocli reflects over every option of every
     * command it is given: building the six a run does not use cost 0.05 to 0.1 s of its start-up.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> invoked = COMMANDS.stream().filter(c -> name(c).equals(first)).toList();
        for (Class<?> command : invoked.isEmpty() ? COMMANDS : invoked) {
            cli.addSubcommand(name(command), command);
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: scan, rules, sample, gate, provenance, exposure or diff");
    }
}
