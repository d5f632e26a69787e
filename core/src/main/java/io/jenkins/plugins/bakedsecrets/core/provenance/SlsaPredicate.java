package io.jenkins.plugins.bakedsecrets.core.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the SLSA Provenance v1 predicate from {@link Provenance}; claims no SLSA level. */
final class SlsaPredicate {
    private SlsaPredicate() {
    }

    static ObjectNode of(ObjectMapper mapper, Provenance p) {
        ObjectNode root = mapper.createObjectNode();
        buildDefinition(root.putObject("buildDefinition"), p);
        runDetails(root.putObject("runDetails"), p);
        return root;
    }

    private static void buildDefinition(ObjectNode def, Provenance p) {
        def.put("buildType", Evidence.BUILD_TYPE);
        ObjectNode external = def.putObject("externalParameters");
        external.put("job", p.builder().job());
        p.source().ifPresent(s -> external.putObject("source").put("repository", s.repository())
                .put("commit", s.commit()));
        p.trigger().ifPresent(t -> external.put("trigger", t));
        ObjectNode internal = def.putObject("internalParameters");
        internal.put("buildNumber", p.builder().buildNumber());
        p.builder().node().ifPresent(n -> internal.put("node", n));
        var deps = def.putArray("resolvedDependencies");
        p.source().ifPresent(s -> {
            ObjectNode dep = deps.addObject();
            dep.put("uri", s.repository().startsWith("git+") ? s.repository() : "git+" + s.repository());
            if (s.commit().matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
                dep.putObject("digest").put("gitCommit", s.commit());
            } else {
                dep.putObject("annotations").put("revision", s.commit());
            }
        });
    }

    private static void runDetails(ObjectNode run, Provenance p) {
        run.putObject("builder").put("id", p.builder().ciUrl().orElse("urn:baked-secrets:ci:unknown"));
        ObjectNode meta = run.putObject("metadata");
        meta.put("invocationId", p.builder().invocationId());
        p.buildStart().ifPresent(t -> meta.put("startedOn", t.toString()));
        p.buildEnd().ifPresent(t -> meta.put("finishedOn", t.toString()));
        p.scanReportDigest().ifPresent(d -> {
            ObjectNode report = run.putArray("byproducts").addObject();
            report.put("name", "baked-secrets-report.json");
            report.putObject("digest").put("sha256", d.substring("sha256:".length()));
        });
    }
}
