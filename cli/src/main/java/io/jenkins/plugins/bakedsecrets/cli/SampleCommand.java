package io.jenkins.plugins.bakedsecrets.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code baked-secrets sample FILE}: writes a small demonstration image (docker-archive) with freshly generated,
 * fake secrets in the places real ones hide: a credentials file deleted by a later layer, a properties file inside
 * a jar, an Env entry and a build argument. Newcomers scan it to see a report without needing a real image.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a demonstration docker-archive with generated fake secrets.")
final class SampleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Where to write the docker-archive tar.")
    private Path file;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        SampleImage.write(file);
        spec.commandLine().getOut().println("wrote sample image docker-archive:" + file + ":sample/app:1.0");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
