package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.image.Platform;
import io.jenkins.plugins.bakedsecrets.core.image.daemon.DockerHost;
import io.jenkins.plugins.bakedsecrets.core.image.registry.AuthFile;
import io.jenkins.plugins.bakedsecrets.core.image.registry.Credentials;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryOptions;
import io.jenkins.plugins.bakedsecrets.core.image.registry.RegistryTimeouts;
import io.jenkins.plugins.bakedsecrets.core.scan.ImageOpener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * Registry and engine options, named as skopeo names them. A password given in argv shows in {@code ps}, so it can
 * also come from standard input or an environment variable.
 */
final class RegistryArgs {
    /** Environment variable that may hold the registry password for {@code --creds USER}. */
    static final String PASSWORD_VARIABLE = "BAKED_SECRETS_REGISTRY_PASSWORD";
    /** Longest password line read by {@code --password-stdin}. */
    static final int MAX_PASSWORD_LINE = 4096;
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    @Option(names = "--creds", paramLabel = "USER[:PASSWORD]",
            description = "Registry credentials; without :PASSWORD the password comes from --password-stdin or $"
                    + PASSWORD_VARIABLE + ".")
    private String creds;

    @Option(names = "--password-stdin", description = "Read the registry password from standard input.")
    private boolean passwordStdin;

    @Option(names = "--authfile", paramLabel = "FILE",
            description = "Auth file in docker config.json / containers auth.json format (default: as the "
                    + "container tools find it).")
    private Path authFile;

    @Option(names = "--cert-dir", paramLabel = "DIR", description = "Extra CA certificates (*.crt) for registries.")
    private Path certDir;

    @Option(names = "--tls-verify", arity = "1", paramLabel = "BOOL", defaultValue = "true",
            description = "Verify registry TLS certificates (default: true; false is meant for loopback registries).")
    private boolean tlsVerify = true;

    @Option(names = "--all-platforms", description = "Scan every platform of a registry image (default: linux/amd64 "
            + "or --platform).")
    private boolean allPlatforms;

    @Option(names = "--registry-timeout", paramLabel = "IDLE[,DEADLINE]",
            description = "Fail when a registry sends nothing for IDLE (default: 30s), or when one request, its "
                    + "retries, token exchange and body included, takes longer than DEADLINE (default: 10m). "
                    + "Durations such as 500ms, 30s, 10m or 1h; a bare number is seconds.")
    private String registryTimeout;

    @Option(names = "--no-exposure-check", description = "Do not ask registries whether a docker:// image can be "
            + "pulled without credentials (by default an image with findings that anyone can pull gets a critical "
            + "registry-anonymous-pull finding).")
    private boolean noExposureCheck;

    /** The files these options name, which the scan reads. */
    java.util.List<Path> inputFiles() {
        return java.util.stream.Stream.of(authFile).filter(java.util.Objects::nonNull).toList();
    }

    ImageOpener opener(Optional<Platform> platform, Map<String, String> env) throws IOException {
        RegistryOptions.Builder options = RegistryOptions.builder().tlsVerify(tlsVerify).allPlatforms(allPlatforms)
                .timeouts(timeouts(registryTimeout));
        platform.ifPresent(options::platform);
        credentials(env).ifPresent(options::credentials);
        if (authFile != null) {
            InputFiles.regular(authFile, "auth file");
        }
        Optional<Path> auth = Optional.ofNullable(authFile)
                .or(() -> AuthFile.discover(env, Path.of(System.getProperty("user.home"))));
        auth.ifPresent(options::authFile);
        if (certDir != null) {
            options.certDir(certDir);
        }
        Optional<DockerHost> host = Optional.of(DockerHost.fromEnvironment(env));
        return new ImageOpener(options.build(), host, Path.of(System.getProperty("java.io.tmpdir")))
                .withExposureCheck(!noExposureCheck);
    }

    /** The first line of standard input, at most {@value #MAX_PASSWORD_LINE} characters (stdin may be endless). */
    private static String firstLine(java.io.InputStream stdin) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (line.length() == MAX_PASSWORD_LINE) {
                throw new IllegalArgumentException("--password-stdin: the first line of standard input is longer "
                        + "than " + MAX_PASSWORD_LINE + " characters");
            }
            line.append((char) c);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** Parses {@code IDLE[,DEADLINE]}; an absent option keeps the defaults. */
    static RegistryTimeouts timeouts(String text) {
        if (text == null) {
            return RegistryTimeouts.DEFAULT;
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("--registry-timeout takes IDLE[,DEADLINE], not '" + text + "'");
        }
        Duration idle = duration(parts[0]);
        Duration deadline = parts.length == 2 ? duration(parts[1]) : RegistryTimeouts.DEFAULT_DEADLINE;
        return RegistryTimeouts.DEFAULT.with(idle, deadline);
    }

    private static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || m.group(1).length() > 9 || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("--registry-timeout: '" + text + "' is not a positive duration such as "
                    + "500ms, 30s, 10m or 1h");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private Optional<Credentials> credentials(Map<String, String> env) throws IOException {
        if (creds == null) {
            if (passwordStdin) {
                throw new IllegalArgumentException("--password-stdin needs --creds USER");
            }
            return Optional.empty();
        }
        Credentials parsed = Credentials.parse(creds);
        if (passwordStdin) {
            String line = firstLine(System.in);
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: standard input holds no password");
            }
            return Optional.of(parsed.withPassword(line));
        }
        String fromEnv = env.get(PASSWORD_VARIABLE);
        if (!creds.contains(":") && fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(parsed.withPassword(fromEnv));
        }
        return Optional.of(parsed);
    }
}
