package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.named;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Real-format samples of provider tokens: prefixes, lengths, alphabets and checksums as the services issue them. */
final class TokenSamples {
    private TokenSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(cloud());
        all.addAll(code());
        all.addAll(ServiceSamples.all());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> cloud() {
        return List.of(
                g -> token("aws-access-key-id", "AWS_ACCESS_KEY_ID", "AKIA" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                        16)),
                g -> token("aws-secret-access-key", "aws_secret_access_key", g.pick(SampleGen.BASE64, 40)),
                g -> token("aws-session-token", "AWS_SESSION_TOKEN", java.util.Base64.getEncoder().encodeToString(
                        concat("!\n\torigin_ec".getBytes(StandardCharsets.US_ASCII), g.bytes(280)))),
                g -> token("aws-mws-key", "MWS_AUTH_TOKEN", "amzn.mws." + g.uuid()),
                g -> token("google-api-key", "GOOGLE_MAPS_KEY", "AIza" + g.urlsafe(35)),
                g -> token("gcp-oauth-client-secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + g.urlsafe(28)),
                g -> token("google-oauth-access-token", "GOOGLE_ACCESS", "ya29.a0" + g.urlsafe(150)),
                g -> token("google-oauth-refresh-token", "GOOGLE_REFRESH", "1//0" + g.pick("abcdefg", 1)
                        + g.urlsafe(98)),
                g -> token("firebase-cloud-messaging-key", "FCM_SERVER_KEY", "AAAA" + g.urlsafe(7) + ":APA91b"
                        + g.urlsafe(134)),
                g -> {
                    String key = g.base64Bytes(64);
                    return token("azure-storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING",
                            "DefaultEndpointsProtocol=https;AccountName=st" + g.pick(SampleGen.LOWER, 10)
                                    + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net", key);
                },
                g -> named("azure-storage-account-key", "AZURE_STORAGE_KEY", g.base64Bytes(64)),
                g -> {
                    String sig = URLEncoder.encode(g.base64Bytes(32), StandardCharsets.UTF_8);
                    return token("azure-sas-token", "BLOB_CONTAINER_URL", "https://st" + g.pick(SampleGen.LOWER, 8)
                            + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2099-01-01T00:00:00Z"
                            + "&st=2025-01-01T00:00:00Z&spr=https&sig=" + sig, sig);
                },
                g -> token("azure-client-secret", "AZURE_CLIENT_SECRET", g.alnum(3) + g.pick(SampleGen.DIGITS, 1)
                        + "Q~" + g.pick(SampleGen.ALNUM + "_~.-", 34)),
                g -> named("azure-devops-pat", "AZURE_DEVOPS_PAT", g.pick("abcdefghijklmnopqrstuvwxyz234567", 52)),
                g -> token("digitalocean-token", "DIGITALOCEAN_ACCESS_TOKEN", "dop_v1_" + g.hex(64)),
                g -> token("digitalocean-oauth-token", "DO_OAUTH", "doo_v1_" + g.hex(64)),
                g -> token("digitalocean-refresh-token", "DO_REFRESH", "dor_v1_" + g.hex(64)),
                g -> token("alibaba-access-key-id", "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI" + g.alnum(20)),
                g -> named("alibaba-access-key-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", g.alnum(30)),
                g -> token("tencent-cloud-secret-id", "TENCENTCLOUD_SECRET_ID", "AKID" + g.alnum(32)),
                g -> named("ibm-cloud-api-key", "IBMCLOUD_API_KEY", g.urlsafe(44)),
                g -> token("heroku-api-key", "HEROKU_KEY", "HRKU-AA" + g.urlsafe(58)),
                g -> named("heroku-api-key-legacy", "HEROKU_API_KEY", g.uuid()),
                g -> named("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", g.urlsafe(40)),
                g -> token("cloudflare-origin-ca-key", "CF_ORIGIN_CA", "v1.0-" + g.hex(24) + "-" + g.hex(146)),
                g -> token("fly-io-token", "FLY_API_TOKEN", "fo1_" + g.urlsafe(43)),
                g -> named("scaleway-secret-key", "SCW_SECRET_KEY", g.uuid()),
                g -> token("yandex-api-key", "YC_KEY", "AQVN" + g.urlsafe(36)),
                g -> named("linode-token", "LINODE_TOKEN", g.hex(64)),
                g -> named("hetzner-cloud-token", "HCLOUD_TOKEN", g.alnum(64)),
                g -> token("openshift-token", "OC_TOKEN", "sha256~" + g.urlsafe(43)),
                g -> token("databricks-token", "DATABRICKS_HOST_TOKEN", "dapi" + g.hex(32)));
    }

    private static List<Function<SampleGen, RuleSample>> code() {
        return List.of(
                g -> token("github-token", "GH_TOKEN", g.crc32Base62("gh" + g.pick("pousr", 1) + "_")),
                g -> token("github-fine-grained-token", "GITHUB_PAT", "github_pat_11" + g.pick("ABCDEFGHIJ", 1)
                        + g.alnum(19) + "_" + g.alnum(59)),
                g -> token("gitlab-token", "GITLAB_TOKEN", "glpat-" + g.urlsafe(20)),
                g -> token("gitlab-routable-token", "GITLAB_PAT", g.gitlabRoutable("glpat-")),
                g -> token("gitlab-oauth-secret", "GITLAB_APP_SECRET", "gloas-" + g.hex(64)),
                g -> token("gitlab-feed-token", "GITLAB_FEED", "glft-" + g.urlsafe(20)),
                g -> token("gitlab-incoming-email-token", "GL_MAIL", "glimt-" + g.alnum(25)),
                g -> token("gitlab-agent-token", "GITLAB_AGENT", "glagent-" + g.urlsafe(50)),
                g -> token("gitlab-scim-token", "GL_SCIM", "glsoat-" + g.urlsafe(20)),
                g -> token("gitlab-feature-flag-token", "UNLEASH_INSTANCE", "glffct-" + g.urlsafe(20)),
                g -> token("bitbucket-app-password", "BITBUCKET_APP_PASSWORD", "ATBB" + g.alnum(28)
                        + g.pick("0123456789ABCDEF", 8)),
                g -> token("atlassian-api-token", "JIRA_API_TOKEN", "ATATT3xFfGF0" + g.urlsafe(171) + "="
                        + g.pick("0123456789ABCDEF", 8)),
                g -> token("npm-token", "NPM_TOKEN", g.crc32Base62("npm_")),
                g -> token("pypi-token", "TWINE_PASSWORD", g.pypiToken()),
                g -> token("rubygems-api-key", "GEM_HOST_API_KEY", "rubygems_" + g.hex(48)),
                g -> token("nuget-api-key", "NUGET_API_KEY", "oy2" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 43)),
                g -> token("dockerhub-pat", "DOCKERHUB_TOKEN", "dckr_pat_" + g.urlsafe(27)),
                g -> token("dockerhub-org-token", "DOCKER_ORG_TOKEN", "dckr_oat_" + g.urlsafe(32)),
                g -> token("artifactory-api-key", "ARTIFACTORY_API_KEY", "AKCp" + g.pick("5678", 1) + g.alnum(68)),
                g -> token("artifactory-reference-token", "JFROG_ACCESS_TOKEN", java.util.Base64.getEncoder()
                        .encodeToString(("reftkn:01:" + g.digits(10) + ":" + g.alnum(27))
                                .getBytes(StandardCharsets.US_ASCII))),
                g -> token("sonarqube-token", "SONAR_TOKEN", "sq" + g.pick("upa", 1) + "_" + g.hex(40)),
                g -> token("circleci-personal-token", "CIRCLECI_CLI_TOKEN", "CCIPAT_" + g.alnum(22) + "_"
                        + g.hex(40)),
                g -> named("circleci-token", "CIRCLE_TOKEN", g.hex(40)),
                g -> token("buildkite-api-token", "BUILDKITE_API_TOKEN", "bkua_" + g.hex(40)),
                g -> named("travis-ci-token", "TRAVIS_API_TOKEN", g.urlsafe(22)),
                g -> named("jenkins-api-token", "JENKINS_API_TOKEN", "11" + g.hex(32)),
                g -> token("terraform-cloud-token", "TFE_TOKEN", g.alnum(14) + ".atlasv1." + g.urlsafe(67)),
                g -> token("pulumi-access-token", "PULUMI_ACCESS_TOKEN", "pul-" + g.hex(40)),
                g -> token("vault-token", "VAULT_TOKEN", "hv" + g.pick("sb", 1) + "." + g.urlsafe(90)),
                g -> token("doppler-personal-token", "DOPPLER_TOKEN", "dp.pt." + g.alnum(43)),
                g -> token("doppler-service-token", "DOPPLER_SERVICE", "dp.st.prd." + g.alnum(40)),
                g -> token("doppler-cli-token", "DOPPLER_CLI", "dp.ct." + g.alnum(43)),
                g -> token("doppler-service-account-token", "DOPPLER_SA", "dp.sa." + g.alnum(43)),
                g -> token("onepassword-service-account-token", "OP_SERVICE_ACCOUNT_TOKEN", "ops_" + g.base64Url(
                        "{\"signInAddress\":\"my.1password.com\",\"userAuth\":{\"method\":\"SRPg-4096\",\"alg\":"
                                + "\"PBES2g-HS256\",\"iterations\":650000,\"salt\":\"" + g.urlsafe(22) + "\"},"
                                + "\"email\":\"" + g.pick(SampleGen.LOWER, 12) + "@1passwordserviceaccounts.com\","
                                + "\"srpX\":\"" + g.hex(64) + "\",\"muk\":{\"alg\":\"A256GCM\",\"ext\":true,\"k\":\""
                                + g.urlsafe(43) + "\",\"kty\":\"oct\"},\"secretKey\":\"A3-" + g.alnum(6) + "\"}")),
                g -> token("onepassword-secret-key", "OP_SECRET_KEY", "A3-" + up(g, 6) + "-" + up(g, 6) + "-"
                        + up(g, 5) + "-" + up(g, 5) + "-" + up(g, 5) + "-" + up(g, 5)),
                g -> token("age-secret-key", "SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + g.pick(SampleGen.BECH32, 58)
                        .toUpperCase(java.util.Locale.ROOT)));
    }

    static String up(SampleGen g, int n) {
        return g.pick(SampleGen.UPPER + SampleGen.DIGITS, n);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
