package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Kubernetes Secret manifests as {@code kubectl get secret -o yaml} prints them (data before kind). */
final class KubernetesSamples {
    private KubernetesSamples() {
    }

    /** A Secret whose {@code data} value decodes to a password; the finding's secret is the decoded value. */
    static RuleSample secret(SampleGen g) {
        String password = g.alnum(24);
        String encoded = Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8));
        String yaml = "apiVersion: v1\ndata:\n  username: " + Base64.getEncoder().encodeToString("app".getBytes(
                StandardCharsets.UTF_8)) + "\n  password: " + encoded + "\nkind: Secret\nmetadata:\n  name: db-"
                + g.pick(SampleGen.LOWER, 5) + "\ntype: Opaque\n";
        return RuleSample.raw("kubernetes-secret-data", "/deploy/k8s/db-secret.yaml", yaml, 4, password);
    }
}
