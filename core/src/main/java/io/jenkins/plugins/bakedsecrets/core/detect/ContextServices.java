package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.ContextService.of;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.AI;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.CLOUD;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TELEMETRY;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.alnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.hex;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.literal;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.lowerAlnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.run;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.upperAlnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.urlsafe;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.uuid;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.Alphabet;
import java.util.ArrayList;
import java.util.List;

/**
 * The context-keyed table, part one: cloud, CI, developer tools, observability and identity. Each row is a service
 * whose keys are plain hex, base62 or UUIDs; the shapes are the vendors' documented key formats. Part two is
 * {@link ContextSaasServices}. One mechanism ({@link ContextMatcher}) applies every row.
 */
final class ContextServices {
    private static final String CI = TOKEN + " Runs builds and reads the secrets they use.";
    private static final String IDENTITY = "An OAuth client secret: with the public client id it obtains tokens "
            + "as the application.";

    private ContextServices() {
    }

    /** Every row of both parts, in table order. */
    static List<ContextService> all() {
        List<ContextService> all = new ArrayList<>(cloud());
        all.addAll(developerTools());
        all.addAll(observability());
        all.addAll(identity());
        all.addAll(ContextSaasServices.all());
        return all;
    }

    /** The rules of the table. */
    static List<Rule> rules() {
        return all().stream().map(ContextService::rule).toList();
    }

    private static List<ContextService> cloud() {
        return List.of(
                of("azure-storage-account-key", "Azure Storage account key", CRITICAL,
                        "Full control of the storage account.",
                        ValueShape.of(run(Alphabet.BASE64, 86), literal("==")), "account", "storage")
                        .words("key"),
                of("azure-devops-pat", "Azure DevOps personal access token", HIGH, TOKEN + " Reaches repos and "
                        + "pipelines.", ValueShape.of(run(Alphabet.BASE32_LOWER, 52)), "devops", "azdo", "ado_")
                        .words("pat", "token"),
                of("alibaba-access-key-secret", "Alibaba Cloud AccessKey secret", CRITICAL, CLOUD, alnum(30),
                        "alibaba", "aliyun", "alicloud").words("secret"),
                of("ibm-cloud-api-key", "IBM Cloud API key", CRITICAL, CLOUD, urlsafe(44), "ibmcloud", "ibm_cloud",
                        "ibm-cloud").words("key", "apikey"),
                of("heroku-api-key-legacy", "Heroku API key (legacy UUID)", HIGH, CLOUD, uuid(), "heroku"),
                of("cloudflare-api-token", "Cloudflare API token", HIGH, CLOUD + " Controls DNS and edge traffic.",
                        urlsafe(40), "cloudflare", "cf_api").words("token", "key", "apikey"),
                of("cloudflare-legacy-global-api-key", "Cloudflare global API key (legacy hex)", CRITICAL,
                        CLOUD + " The global key acts as the account owner in every zone.",
                        ValueShape.of(run(Alphabet.HEX, 37)),
                        "cloudflare", "cf_api", "cf_key").words("key", "apikey"),
                of("scaleway-secret-key", "Scaleway secret key", HIGH, CLOUD, uuid(), "scw", "scaleway")
                        .words("secret"),
                of("linode-token", "Linode (Akamai) API token", HIGH, CLOUD, hex(64), "linode"),
                of("hetzner-cloud-token", "Hetzner Cloud API token", HIGH, CLOUD, alnum(64), "hcloud", "hetzner"),
                of("vultr-api-key", "Vultr API key", HIGH, CLOUD, upperAlnum(36), "vultr"),
                of("ovh-application-secret", "OVH application secret", HIGH, CLOUD, alnum(32), "ovh")
                        .words("secret"),
                of("backblaze-b2-application-key", "Backblaze B2 application key", HIGH, "Reads and deletes the "
                        + "buckets the key may reach.", ValueShape.of(run(Alphabet.BASE64, 31)), "backblaze",
                        "b2_app", "b2_application").words("key", "appkey"),
                of("mongodb-atlas-private-key", "MongoDB Atlas API private key", HIGH, CLOUD + " Manages clusters "
                        + "and database users.", uuid(), "mongodb_atlas", "mongodbatlas", "mongodb-atlas",
                        "atlas_private", "atlas_api").words("private", "secret"),
                of("aiven-api-token", "Aiven API token", HIGH, "Manages the project's databases and their users.",
                        ValueShape.of(run(Alphabet.BASE64, 372)), "aiven"),
                of("confluent-api-secret", "Confluent Cloud API secret", HIGH, "Produces to and consumes from "
                        + "the cluster's topics.", ValueShape.of(run(Alphabet.BASE64, 64)), "confluent")
                        .words("secret"));
    }

    private static List<ContextService> developerTools() {
        return List.of(
                of("circleci-token", "CircleCI API token", HIGH, CI, hex(40), "circle"),
                of("travis-ci-token", "Travis CI API token", HIGH, CI, urlsafe(22), "travis"),
                of("jenkins-api-token", "Jenkins API token", HIGH, CI, ValueShape.of(literal("11"), run(Alphabet.HEX,
                        32)), "jenkins"),
                of("drone-ci-token", "Drone CI token", HIGH, CI, alnum(32), "drone"),
                of("github-oauth-client-secret", "GitHub OAuth app client secret", HIGH, IDENTITY, hex(40),
                        "github").words("secret"),
                of("vercel-token", "Vercel access token", HIGH, TOKEN + " Deploys and reads project settings.",
                        alnum(24), "vercel", "zeit"),
                of("gitter-token", "Gitter API token", MEDIUM, TOKEN + " Reads and posts chat messages.", hex(40),
                        "gitter"),
                of("coveralls-repo-token", "Coveralls repository token", MEDIUM, "Uploads coverage for one "
                        + "repository.", alnum(32, 37), "coveralls"),
                of("codacy-api-token", "Codacy API token", MEDIUM, TOKEN + " Reads analysis results.",
                        alnum(20, 32), "codacy"),
                of("snyk-token", "Snyk API token", MEDIUM, "Reads vulnerability reports of the organisation.", uuid(),
                        "snyk"),
                of("codecov-token", "Codecov upload token", MEDIUM, "Uploads coverage reports for one repository.",
                        uuid(), "codecov"),
                of("jira-api-token", "Jira / Confluence API token (legacy)", HIGH, TOKEN + " Reaches Jira and "
                        + "Confluence data.", alnum(24), "jira", "confluence", "atlassian").words("token"),
                of("asana-legacy-token", "Asana personal access token (legacy format)", MEDIUM, TOKEN
                        + " Reads and changes the workspace's tasks.", ValueShape.of(literal("0/", "1/"),
                        run(Alphabet.DIGITS, 16), literal(":"), run(Alphabet.ALNUM, 32)), "asana"),
                of("wandb-api-key", "Weights & Biases API key", HIGH, AI, hex(40), "wandb"));
    }

    private static List<ContextService> observability() {
        return List.of(
                of("datadog-api-key", "Datadog API key", HIGH, TELEMETRY + " Datadog keys also submit logs and "
                        + "metrics billed to the owner.", hex(32), "dd_api", "ddapi", "datadog"),
                of("datadog-app-key", "Datadog application key", HIGH, "Reads all monitoring data and changes "
                        + "monitors as the user.", hex(40), "dd_app", "ddapp", "datadog"),
                of("sumologic-access-key", "Sumo Logic access key", HIGH, TELEMETRY + " Reads every log the "
                        + "account holds.", alnum(64), "sumologic", "sumo"),
                of("splunk-hec-token", "Splunk HTTP Event Collector token", MEDIUM, TELEMETRY, uuid(), "splunk")
                        .words("token", "hec"),
                of("sentry-legacy-auth-token", "Sentry auth token (legacy format)", HIGH, TOKEN + " Uploads "
                        + "releases and reads issues.", hex(64), "sentry").words("token"),
                of("rollbar-access-token", "Rollbar access token", MEDIUM, TELEMETRY, hex(32), "rollbar"),
                of("bugsnag-auth-token", "Bugsnag personal auth token", MEDIUM, TELEMETRY, uuid(), "bugsnag")
                        .words("token", "auth"),
                of("loggly-token", "Loggly customer token", MEDIUM, TELEMETRY, uuid(), "loggly"),
                of("logzio-api-token", "Logz.io API token", MEDIUM, TELEMETRY, uuid(), "logzio", "logz_io",
                        "logz.io"),
                of("honeycomb-api-key", "Honeycomb API key", MEDIUM, TELEMETRY, alnum(22, 32), "honeycomb"),
                of("betterstack-token", "Better Stack (Logtail) token", MEDIUM, TELEMETRY, alnum(24),
                        "betterstack", "better_stack", "logtail"),
                of("opsgenie-api-key", "Opsgenie API key", HIGH, "Creates, silences and closes alerts.", uuid(),
                        "opsgenie"),
                of("pagerduty-api-key", "PagerDuty user API key", HIGH, "Acts as the user in incident response.",
                        ValueShape.of(literal("u+"), run(Alphabet.URLSAFE, 18)), "pagerduty", "pager_duty"),
                of("statuspage-api-key", "Atlassian Statuspage API key", MEDIUM, "Posts and edits public "
                        + "incidents.", uuid(), "statuspage"));
    }

    private static List<ContextService> identity() {
        return List.of(
                of("okta-api-token", "Okta API token", CRITICAL, "Administers the identity provider.",
                        ValueShape.of(literal("00"), run(Alphabet.URLSAFE, 40)), "okta"),
                of("auth0-client-secret", "Auth0 application client secret", HIGH, IDENTITY, urlsafe(64), "auth0")
                        .words("secret"),
                of("onelogin-client-secret", "OneLogin API client secret", HIGH, IDENTITY, hex(64), "onelogin")
                        .words("secret"),
                of("keycloak-client-secret", "Keycloak client secret", HIGH, IDENTITY, alnum(32), "keycloak")
                        .words("secret"),
                of("salesforce-consumer-secret", "Salesforce connected app consumer secret", HIGH, IDENTITY,
                        ValueShape.of(run(Alphabet.HEX_ANY_CASE, 64)), "salesforce", "sfdc").words("secret"),
                of("docusign-secret-key", "DocuSign integration secret key", HIGH, IDENTITY, uuid(), "docusign")
                        .words("secret"),
                of("discord-client-secret", "Discord OAuth2 client secret", MEDIUM, IDENTITY, urlsafe(32),
                        "discord").words("secret"),
                of("facebook-app-secret", "Facebook app secret", HIGH, IDENTITY, hex(32), "facebook", "fb_app")
                        .words("secret"),
                of("twitter-consumer-secret", "Twitter (X) API key secret", HIGH, IDENTITY, alnum(50), "twitter")
                        .words("secret"),
                of("linkedin-client-secret", "LinkedIn client secret", MEDIUM, IDENTITY, alnum(16), "linkedin")
                        .words("secret"),
                of("twitch-client-secret", "Twitch client secret", MEDIUM, IDENTITY, lowerAlnum(30), "twitch")
                        .words("secret"),
                of("spotify-client-secret", "Spotify client secret", MEDIUM, IDENTITY, hex(32), "spotify")
                        .words("secret"));
    }
}
