package io.jenkins.plugins.bakedsecrets.cli;

import java.io.PrintWriter;
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
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new Errors.ParameterErrors());
        cli.setExecutionExceptionHandler(new Errors.ExecutionErrors());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("baked-secrets: out of memory; give the JVM more heap (-Xmx) or lower --parallelism");
            return ExitCodes.ERROR;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: scan, rules, sample, gate, provenance, exposure or diff");
    }
}
