package io.jenkins.plugins.bakedsecrets.core.detect;

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

/** Built-in rules for code hosting, package registries, CI systems and infrastructure-as-code services. */
final class DevToolRules {
    private static final String CI = TOKEN + " CI systems hold deploy credentials for everything they build.";
    private static final String GITLAB = TOKEN + " Reaches the instance's repositories or automation.";

    private DevToolRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(gitlab());
        all.addAll(registries());
        all.addAll(ci());
        all.addAll(secretsManagers());
        return all;
    }

    private static List<Rule> gitlab() {
        return List.of(
                prefixed("gitlab-oauth-secret", "GitLab OAuth application secret", HIGH, GITLAB, "gloas-",
                        "[a-f0-9]{64}"),
                prefixed("gitlab-feed-token", "GitLab feed token", MEDIUM, "Reads activity and issue feeds only.",
                        "glft-", "[A-Za-z0-9_-]{20}"),
                prefixed("gitlab-incoming-email-token", "GitLab incoming email token", MEDIUM,
                        "Creates issues by email as the user.", "glimt-", "[A-Za-z0-9]{25}"),
                prefixed("gitlab-agent-token", "GitLab agent for Kubernetes token", HIGH,
                        "Connects a cluster agent; can drive deployments.", "glagent-", "[A-Za-z0-9_-]{50}"),
                prefixed("gitlab-scim-token", "GitLab SCIM token", HIGH, "Provisions and removes group members.",
                        "glsoat-", "[A-Za-z0-9_-]{20}"),
                prefixed("gitlab-feature-flag-token", "GitLab feature flag client token", MEDIUM,
                        "Reads feature flag state only.", "glffct-", "[A-Za-z0-9_-]{20}"),
                token("gitlab-session-cookie", "GitLab session cookie", HIGH, "A signed-in browser session.",
                        "_gitlab_session=([0-9a-f]{32})\\b", "_gitlab_session"),
                prefixed("bitbucket-app-password", "Bitbucket app password", HIGH, TOKEN, "ATBB",
                        "[A-Za-z0-9_=.-]{32,36}"),
                token("atlassian-api-token", "Atlassian API token", HIGH, TOKEN + " Reaches Jira and Confluence data.",
                        "\\b(ATATT3[A-Za-z0-9_=-]{150,300})" + END, "atatt3"));
    }

    private static List<Rule> registries() {
        return List.of(
                prefixed("rubygems-api-key", "RubyGems API key", HIGH, PUBLISH, "rubygems_", "[a-f0-9]{48}"),
                prefixed("nuget-api-key", "NuGet API key", HIGH, PUBLISH, "oy2", "[a-z0-9]{43}"),
                prefixed("dockerhub-pat", "Docker Hub personal access token", HIGH, PUBLISH, "dckr_pat_",
                        "[A-Za-z0-9_-]{27}"),
                prefixed("dockerhub-org-token", "Docker Hub organization access token", HIGH, PUBLISH, "dckr_oat_",
                        "[A-Za-z0-9_-]{32}"),
                prefixed("artifactory-api-key", "JFrog Artifactory API key", HIGH, PUBLISH, "AKCp",
                        "[0-9][A-Za-z0-9]{68}"),
                token("artifactory-reference-token", "JFrog Artifactory reference token", HIGH, PUBLISH,
                        "\\b(cmVmdGtu[A-Za-z0-9+/]{50,100}={0,2})", "cmvmdgtu"),
                prefixed("clojars-token", "Clojars deploy token", HIGH, PUBLISH, "CLOJARS_", "[a-z0-9]{60}"),
                prefixed("octopus-deploy-api-key", "Octopus Deploy API key", HIGH, TOKEN, "API-", "[A-Z0-9]{26}"));
    }

    private static List<Rule> ci() {
        return List.of(
                prefixed("circleci-personal-token", "CircleCI personal API token", HIGH, CI, "CCIPAT_",
                        "[A-Za-z0-9]{22}_[a-f0-9]{40}"),
                prefixed("buildkite-api-token", "Buildkite API access token", HIGH, CI, "bkua_", "[a-f0-9]{40}"),
                token("terraform-cloud-token", "Terraform Cloud / Enterprise API token", CRITICAL,
                        "Runs infrastructure changes and reads state with every provider credential.",
                        "\\b([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})" + END, ".atlasv1."),
                prefixed("pulumi-access-token", "Pulumi access token", HIGH, TOKEN + " Reads stack state and "
                        + "secrets.", "pul-", "[a-f0-9]{40}"),
                prefixed("harness-pat", "Harness personal access token", HIGH, CI, "pat.",
                        "[A-Za-z0-9_-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}"),
                prefixed("infracost-api-key", "Infracost API key", MEDIUM, "Reads cost estimates only.", "ico-",
                        "[A-Za-z0-9]{32}"));
    }

    private static List<Rule> secretsManagers() {
        String vault = "Unlocks every secret the token's policies reach.";
        return List.of(
                prefixed("doppler-personal-token", "Doppler personal token", CRITICAL, vault, "dp.pt.",
                        "[A-Za-z0-9]{40,44}"),
                token("doppler-service-token", "Doppler service token", CRITICAL, vault,
                        "\\b(dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44})" + END, "dp.st."),
                prefixed("doppler-cli-token", "Doppler CLI token", CRITICAL, vault, "dp.ct.", "[A-Za-z0-9]{40,44}"),
                prefixed("doppler-service-account-token", "Doppler service account token", CRITICAL, vault, "dp.sa.",
                        "[A-Za-z0-9]{40,44}"),
                token("onepassword-service-account-token", "1Password service account token", CRITICAL, vault,
                        "\\b(ops_eyJ[A-Za-z0-9_-]{200,}={0,2})", "ops_eyj"),
                token("onepassword-secret-key", "1Password account secret key", HIGH,
                        "One of the two factors protecting a 1Password account.",
                        "\\b(A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b", "a3-"),
                token("age-secret-key", "age secret key", CRITICAL, "Decrypts every file encrypted to it (SOPS, age).",
                        "\\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b", "age-secret-key-1"));
    }
}
