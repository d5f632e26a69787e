package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.miss;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Near misses of the cloud, code-hosting and developer-tool rules that predate issue 15: the same format one
 * character short, a prefix the service does not issue, or the value without the name the rule keys on.
 */
final class TokenNearMisses {
    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TokenNearMisses() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(cloud());
        all.addAll(codeHosting());
        all.addAll(devTools());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> cloud() {
        return List.of(
                g -> miss("aws-access-key-id", "AKIA" + g.pick(B32, 15)),
                g -> token("aws-secret-access-key", "aws_secret_access_key", g.pick(SampleGen.BASE64, 39)),
                g -> miss("google-api-key", "AIza" + g.urlsafe(34)),
                g -> miss("vault-token", "hvs." + g.urlsafe(20)),
                g -> miss("aws-session-token", "IQoJb3JpZ2luX2Vj" + g.pick(SampleGen.BASE64, 60)),
                g -> miss("aws-mws-key", "amzn.mws." + g.hex(32)),
                g -> miss("gcp-oauth-client-secret", "GOCSPX-" + g.urlsafe(27)),
                g -> miss("google-oauth-access-token", "ya29." + g.urlsafe(40)),
                g -> miss("google-oauth-refresh-token", "1//0" + g.urlsafe(30)),
                g -> miss("firebase-cloud-messaging-key", "AAAA" + g.urlsafe(7) + ":APA91b" + g.urlsafe(80)),
                g -> miss("databricks-token", "dapi" + g.hex(31)),
                g -> miss("azure-storage-connection-string", "AccountName=st;AccountKey=" + g.base64Bytes(60)),
                g -> token("azure-storage-account-key", "AZURE_STORAGE_KEY", g.base64Bytes(60)),
                g -> miss("azure-sas-token", "https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=" + g.alnum(20)),
                g -> miss("azure-client-secret", g.alnum(3) + "8Q~" + g.alnum(20)),
                g -> token("azure-devops-pat", "AZURE_DEVOPS_PAT", g.pick("abcdefghijklmnopqrstuvwxyz234567", 51)),
                g -> miss("digitalocean-token", "dop_v1_" + g.hex(63)),
                g -> miss("digitalocean-oauth-token", "doo_v1_" + g.hex(63)),
                g -> miss("digitalocean-refresh-token", "dor_v1_" + g.hex(63)),
                g -> miss("alibaba-access-key-id", "LTAI" + g.alnum(10)),
                g -> token("alibaba-access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", g.alnum(29)),
                g -> miss("tencent-cloud-secret-id", "AKID" + g.alnum(31)),
                g -> token("ibm-cloud-api-key", "IBMCLOUD_API_KEY", g.urlsafe(43)),
                g -> miss("heroku-api-key", "HRKU-AA" + g.urlsafe(57)),
                g -> token("heroku-api-key-legacy", "HEROKU_API_KEY", g.hex(32)),
                g -> token("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", g.urlsafe(39)),
                g -> miss("cloudflare-origin-ca-key", "v1.0-" + g.hex(24) + "-" + g.hex(145)),
                g -> miss("fly-io-token", "fo1_" + g.urlsafe(42)),
                g -> token("scaleway-secret-key", "SCW_SECRET_KEY", g.hex(32)),
                g -> miss("yandex-api-key", "AQVN" + g.urlsafe(30)),
                g -> token("linode-token", "LINODE_TOKEN", g.hex(63)),
                g -> token("hetzner-cloud-token", "HCLOUD_TOKEN", g.alnum(63)),
                g -> miss("openshift-token", "sha256~" + g.urlsafe(42)));
    }

    private static List<Function<SampleGen, RuleSample>> codeHosting() {
        return List.of(
                g -> miss("github-token", "ghp_" + g.alnum(35)),
                g -> miss("github-fine-grained-token", "github_pat_11" + g.alnum(20) + "_" + g.alnum(58)),
                g -> miss("gitlab-routable-token", "glpat-" + g.urlsafe(30) + ".02." + g.pick("0123456789abcdef", 9)),
                g -> miss("gitlab-token", "glpat-" + g.alnum(19)),
                g -> miss("npm-token", "npm_" + g.alnum(35)),
                g -> miss("pypi-token", "pypi-AgE" + g.urlsafe(40)),
                g -> miss("sonarqube-token", "squ_" + g.hex(39)),
                g -> miss("slack-token", "xoxb-" + g.digits(9)),
                g -> miss("slack-webhook", "https://hooks.slack.com/services/T" + TokenSamples.up(g, 10) + "/B"
                        + TokenSamples.up(g, 10) + "/" + g.alnum(10)),
                g -> miss("stripe-live-key", "sk_live_" + g.alnum(20)),
                g -> miss("jwt", g.base64Url("{\"alg\":\"HS256\"}") + "." + g.base64Url("{\"sub\":\"" + g.alnum(12)
                        + "\"}")),
                g -> miss("gitlab-oauth-secret", "gloas-" + g.hex(63)),
                g -> miss("gitlab-feed-token", "glft-" + g.alnum(19)),
                g -> miss("gitlab-incoming-email-token", "glimt-" + g.alnum(24)),
                g -> miss("gitlab-agent-token", "glagent-" + g.alnum(49)),
                g -> miss("gitlab-scim-token", "glsoat-" + g.alnum(19)),
                g -> miss("gitlab-feature-flag-token", "glffct-" + g.alnum(19)),
                g -> miss("gitlab-session-cookie", "_gitlab_session=" + g.hex(31)),
                g -> miss("bitbucket-app-password", "ATBB" + g.alnum(30)),
                g -> miss("atlassian-api-token", "ATATT3xFfGF0" + g.urlsafe(100)));
    }

    private static List<Function<SampleGen, RuleSample>> devTools() {
        return List.of(
                g -> miss("rubygems-api-key", "rubygems_" + g.hex(47)),
                g -> miss("nuget-api-key", "oy2" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 42)),
                g -> miss("dockerhub-pat", "dckr_pat_" + g.alnum(26)),
                g -> miss("dockerhub-org-token", "dckr_oat_" + g.alnum(31)),
                g -> miss("artifactory-api-key", "AKCp5" + g.alnum(67)),
                g -> miss("artifactory-reference-token", "cmVmdGtu" + g.alnum(40)),
                g -> miss("clojars-token", "CLOJARS_" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 59)),
                g -> miss("octopus-deploy-api-key", "API-" + TokenSamples.up(g, 25)),
                g -> miss("circleci-personal-token", "CCIPAT_" + g.alnum(22) + "_" + g.hex(39)),
                g -> token("circleci-token", "CIRCLE_TOKEN", g.hex(39)),
                g -> miss("buildkite-api-token", "bkua_" + g.hex(39)),
                g -> token("travis-ci-token", "TRAVIS_API_TOKEN", g.alnum(21)),
                g -> token("jenkins-api-token", "JENKINS_API_TOKEN", "12" + g.hex(32)),
                g -> miss("terraform-cloud-token", g.alnum(14) + ".atlasv1." + g.alnum(50)),
                g -> miss("pulumi-access-token", "pul-" + g.hex(39)),
                g -> miss("harness-pat", "pat." + g.alnum(22) + "." + g.hex(23) + "." + g.alnum(20)),
                g -> miss("infracost-api-key", "ico-" + g.alnum(31)),
                g -> miss("doppler-personal-token", "dp.pt." + g.alnum(30)),
                g -> miss("doppler-service-token", "dp.st." + g.alnum(30)),
                g -> miss("doppler-cli-token", "dp.ct." + g.alnum(30)),
                g -> miss("doppler-service-account-token", "dp.sa." + g.alnum(30)),
                g -> miss("onepassword-service-account-token", "ops_eyJ" + g.urlsafe(100)),
                g -> miss("onepassword-secret-key", "A3-" + TokenSamples.up(g, 6) + "-" + TokenSamples.up(g, 6) + "-"
                        + TokenSamples.up(g, 5) + "-" + TokenSamples.up(g, 5) + "-" + TokenSamples.up(g, 5)),
                g -> miss("age-secret-key", "AGE-SECRET-KEY-1" + g.pick(SampleGen.BECH32, 57)
                        .toUpperCase(java.util.Locale.ROOT)));
    }
}
