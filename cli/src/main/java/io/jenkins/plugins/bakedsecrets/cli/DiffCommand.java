package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.policy.FindingDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baked-secrets diff}: new, outstanding and fixed findings of a report against a reference report. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Lists new, outstanding and fixed findings of a report against a reference report.",
        description = {"Compares two JSON scan reports by finding id: new (only in --report), outstanding (in both) "
                + "and fixed (only in --reference). Reports made under different fingerprint keys cannot be "
                + "compared: then every finding is new and a warning says why."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no new finding", "1:new findings", "2:bad input (missing or malformed report)"})
final class DiffCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "JSON report of this build.")
    Path report;

    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "JSON report to compare with.")
    Path reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FindingDiff diff = FindingDiff.between(InputFiles.report(report), InputFiles.report(reference));
        diff.warning().ifPresent(w -> Errors.warning(spec.commandLine().getErr(), w));
        TextOutput.print(format == OutputFormat.json ? json(diff) : text(diff), spec.commandLine().getOut());
        return diff.newFindings().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String text(FindingDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("new: ").append(d.newFindings().size()).append(", outstanding: ").append(d.outstanding().size())
                .append(", fixed: ").append(d.fixed().size()).append('\n');
        lines(b, "NEW", d.newFindings());
        lines(b, "OUTSTANDING", d.outstanding());
        lines(b, "FIXED", d.fixed());
        return b.toString();
    }

    private static void lines(StringBuilder b, String label, List<Finding> findings) {
        findings.forEach(f -> b.append(label).append(' ').append(FindingLines.describe(f)).append('\n'));
    }

    private static String json(FindingDiff d) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        ids(root.putArray("new"), d.newFindings());
        ids(root.putArray("outstanding"), d.outstanding());
        ids(root.putArray("fixed"), d.fixed());
        d.warning().ifPresent(w -> root.put("warning", w));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void ids(ArrayNode array, List<Finding> findings) {
        findings.forEach(f -> array.addObject().put("findingId", f.findingId()).put("ruleId", f.ruleId())
                .put("severity", f.severity().id()).put("path", f.location().identity()));
    }
}
