package io.jenkins.plugins.bakedsecrets.cli;

import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureIndex;
import io.jenkins.plugins.bakedsecrets.core.provenance.ExposureSource;
import io.jenkins.plugins.bakedsecrets.core.provenance.RotationMark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baked-secrets exposure}: where each secret was seen across several reports, and whether it was rotated. */
@Command(name = "exposure", mixinStandardHelpOptions = true,
        header = "Shows where each secret was seen across reports, and whether it was rotated.",
        description = {"Joins JSON scan reports by secret fingerprint: for each secret, every image (reference, "
                + "image ID) and build that carried it, whether in a deleted or overwritten file, its rotation mark, "
                + "and whether a scan found it after the rotation. The build label of a report is its file name and "
                + "its scan time is the file's modification time. Only reports made under the first report's "
                + "fingerprint key are joined; others are left out with a warning. Text output shortens "
                + "fingerprints; --format json gives them in full, as a rotation file needs them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:index written, no secret found after its rotation",
            "1:a secret was found by a scan newer than its rotation mark",
            "2:bad input (missing or malformed report or rotation file)"})
final class ExposureCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "JSON scan reports.")
    List<Path> reports = new ArrayList<>();

    @Option(names = "--rotations", paramLabel = "FILE", description = "Rotation marks (YAML or JSON).")
    Path rotations;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ExposureSource> sources = new ArrayList<>();
        for (Path file : reports) {
            String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            sources.add(new ExposureSource(InputFiles.report(file), Optional.of(label),
                    Files.getLastModifiedTime(file).toInstant()));
        }
        List<RotationMark> marks = rotations == null ? List.of()
                : RotationMark.load(InputFiles.source(rotations), InputFiles.document(rotations));
        ExposureIndex index = ExposureIndex.build(sources, marks);
        index.warnings().forEach(w -> Errors.warning(spec.commandLine().getErr(), w));
        String rendered = format == OutputFormat.json ? ExposureOutput.json(index, sources.size())
                : ExposureOutput.text(index, sources.size());
        TextOutput.print(rendered, spec.commandLine().getOut());
        return index.foundAfterRotation().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
