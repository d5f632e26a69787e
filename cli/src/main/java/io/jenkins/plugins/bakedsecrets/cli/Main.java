package io.jenkins.plugins.bakedsecrets.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code baked-secrets}: one picocli command per verb. */
@Command(name = "baked-secrets", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds secrets baked into container images and gates their promotion.",
        subcommands = {ScanCommand.class, RulesCommand.class, SampleCommand.class, GateCommand.class,
            ProvenanceCommand.class, ExposureCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on; the gate passed",
            "1:findings at or above --fail-on; the gate failed",
            "2:error: usage, bad input, digest mismatch, internal failure", "3:the gate is unstable"})
public final class Main implements Runnable {
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
        CommandLine cli = new CommandLine(new Main());
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

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: scan, rules, sample, gate, provenance, exposure or diff");
    }
}
