package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.provenance.CiBuilder;
import io.jenkins.plugins.bakedsecrets.core.provenance.Provenance;
import io.jenkins.plugins.bakedsecrets.core.provenance.SourceRef;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The build facts that {@code provenance} records, as command-line options. */
final class BuildFacts {
    /** Job name and build number recorded when none is given. */
    static final String UNKNOWN = "unknown";

    @Option(names = "--builder-id", required = true, paramLabel = "URI",
            description = "SLSA builder id (runDetails.builder.id), such as the Jenkins URL.")
    String builderId;

    @Option(names = "--ci-url", paramLabel = "URL", description = "Root URL of the CI server (for the invocation id).")
    String ciUrl;

    @Option(names = "--job", paramLabel = "NAME", defaultValue = UNKNOWN, description = "Full job name.")
    String job;

    @Option(names = "--build-number", paramLabel = "N", defaultValue = UNKNOWN, description = "Build number or id.")
    String buildNumber;

    @Option(names = "--node", paramLabel = "NAME", description = "Agent the build ran on.")
    String node;

    @Option(names = "--source-repo", paramLabel = "URL", description = "Source repository (with --commit).")
    String sourceRepo;

    @Option(names = "--commit", paramLabel = "SHA", description = "Built commit (with --source-repo).")
    String commit;

    @Option(names = "--started", paramLabel = "ISO", description = "Build start, such as 2025-06-01T12:00:00Z.")
    String started;

    @Option(names = "--finished", paramLabel = "ISO", description = "Build end, such as 2025-06-01T12:05:00Z.")
    String finished;

    @Option(names = "--trigger", paramLabel = "TEXT", description = "User or cause that started the build.")
    String trigger;

    /** The provenance of this build, vouched for by the report with the given digest. */
    Provenance provenance(String reportDigest) {
        if ((sourceRepo == null) != (commit == null)) {
            throw new IllegalArgumentException("--source-repo and --commit go together");
        }
        Provenance.Builder b = Provenance.builder(new CiBuilder(Optional.ofNullable(ciUrl), job, buildNumber,
                Optional.ofNullable(node))).scanReportDigest(reportDigest)
                .times(instant("--started", started), instant("--finished", finished));
        if (sourceRepo != null) {
            b.source(new SourceRef(sourceRepo, commit));
        }
        if (trigger != null) {
            b.trigger(trigger);
        }
        return b.build();
    }

    /** The SLSA predicate names the builder by {@code --builder-id}, which core takes from the CI URL otherwise. */
    ObjectNode withBuilderId(ObjectNode slsaPredicate) {
        ((ObjectNode) slsaPredicate.path("runDetails").path("builder")).put("id", builderId);
        return slsaPredicate;
    }

    private static Instant instant(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not an ISO-8601 instant such as "
                    + "2025-06-01T12:00:00Z");
        }
    }
}
