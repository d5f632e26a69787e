package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.CLOUD;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.PUBLISH;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for developer platforms, clusters and CI tools whose tokens carry a prefix or fixed structure. */
final class PlatformTokenRules {
    private static final String CI = TOKEN + " CI systems hold deploy credentials for everything they build.";
    private static final String CLUSTER = "Joins a node to the cluster; a manager or server token hands over control.";

    private PlatformTokenRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(developerPlatforms());
        all.addAll(clustersAndSecrets());
        return all;
    }

    private static List<Rule> developerPlatforms() {
        return List.of(
                token("sourcegraph-access-token", "Sourcegraph access token", HIGH, TOKEN + " Reads all indexed code.",
                        "\\b(sgp_(?:[a-f0-9]{16}|local)_[a-f0-9]{40}|sgp_[a-f0-9]{40})\\b", "sgp_"),
                prefixed("harness-service-account-token", "Harness service account token", HIGH, CI, "sat.",
                        "[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}"),
                token("bitbucket-data-center-token", "Bitbucket Data Center HTTP access token", HIGH, TOKEN
                        + " Reaches the instance's repositories.", "\\b(BBDC-[A-Za-z0-9+/@_-]{40,50})"
                        + "(?:[^A-Za-z0-9+/@_-]|$)", "bbdc-"),
                token("atlassian-admin-api-key", "Atlassian organization admin API key", CRITICAL,
                        "Administers the organization's users and products.",
                        "\\b(ATCTT3xFfG[A-Za-z0-9+/=_-]{100,300}=[A-Za-z0-9]{8})" + END, "atctt3xffg"),
                Rule.builder("teamcity-access-token", "TeamCity access token", HIGH).reason(CI)
                        // The first part is base64 of the fixed header {"typ": "TCV2"}.
                        .keywords("eyj0exaioiaivenwmij9")
                        .regex("\\b(eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48})" + END)
                        .validator(EncodedTokens::teamcity).build(),
                Rule.builder("youtrack-permanent-token", "YouTrack / JetBrains Hub permanent token", HIGH)
                        .reason(TOKEN + " Reads and changes issues and projects.").keywords("perm:", "perm-")
                        .regex("\\b(perm[:-][A-Za-z0-9+/]{2,64}={0,2}\\.[A-Za-z0-9+/]{2,24}={0,2}\\."
                                + "[A-Za-z0-9]{30})\\b")
                        .validator(EncodedTokens::youtrack).build(),
                token("crates-io-token", "crates.io API token", HIGH, PUBLISH, "\\b(cio[A-Za-z0-9]{32})\\b", "cio"),
                token("dependency-track-api-key", "Dependency-Track API key", MEDIUM,
                        "Uploads SBOMs and reads the portfolio's vulnerabilities; admin keys change the server.",
                        "\\b(odt_[A-Za-z0-9]{32,255})\\b", "odt_"));
    }

    private static List<Rule> clustersAndSecrets() {
        return List.of(
                token("docker-swarm-join-token", "Docker Swarm join token", HIGH, CLUSTER,
                        "\\b(SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25})\\b", "swmtkn-1-"),
                token("k3s-node-token", "K3s node token", HIGH, CLUSTER,
                        "\\b(K10[a-f0-9]{64}::(?:server|node):[A-Za-z0-9]{8,64})\\b", "k10"),
                token("tailscale-key", "Tailscale auth key, API key or OAuth client secret", HIGH,
                        "Joins devices to the tailnet or administers it.",
                        "\\b(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,})" + END, "tskey-"),
                token("fly-io-macaroon", "Fly.io macaroon token", HIGH, CLOUD,
                        "\\b((?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,}={0,3})(?:[^A-Za-z0-9+/=]|$)", "fm1a_", "fm1r_",
                        "fm2_"),
                prefixed("doppler-scim-token", "Doppler SCIM token", HIGH, "Provisions and removes workplace users.",
                        "dp.scim.", "[A-Za-z0-9]{40,44}"),
                prefixed("doppler-audit-token", "Doppler audit token", MEDIUM,
                        "Reads the workplace's audit log: who read or changed which secret.", "dp.audit.",
                        "[A-Za-z0-9]{40,44}"));
    }
}
