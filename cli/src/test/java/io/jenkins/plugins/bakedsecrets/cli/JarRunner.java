package io.jenkins.plugins.bakedsecrets.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real executable jar in a fresh JVM, as users do, and captures what it prints. */
final class JarRunner {
    private static final long TIMEOUT_MINUTES = 10;

    private JarRunner() {
    }

    /** What one run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + "\n" + stderr;
        }
    }

    static Path jar() {
        String path = System.getProperty("bakedSecrets.jar", "target/baked-secrets.jar");
        Path jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the executable jar is missing: " + jar + " (run `mvn verify`)");
        }
        return jar;
    }

    /**
     * Runs the command line in this JVM: the same code without a JVM start, for commands whose process output
     * does not matter. Relative paths resolve against this JVM's working directory.
     */
    static Result inProcess(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = Main.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return runWithJvm(workDir, List.of("-Xmx512m"), args);
    }

    static Result runWithJvm(Path workDir, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        return runWithEnvironment(workDir, jvmArgs, Map.of(), args);
    }

    /** Runs with JVM options and extra environment variables (for example {@code DOCKER_HOST}). */
    static Result runWithEnvironment(Path workDir, List<String> jvmArgs, Map<String, String> environment,
                                     String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().remove("BAKED_SECRETS_FINGERPRINT_KEY");
        // Each run directory has its own layer cache: tests never share results, nor write the user's cache.
        pb.environment().put("XDG_CACHE_HOME", workDir.resolve(".cache-home").toAbsolutePath().toString());
        pb.environment().putAll(environment);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("baked-secrets did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
