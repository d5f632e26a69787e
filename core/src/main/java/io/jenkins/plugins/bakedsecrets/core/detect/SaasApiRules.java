package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for business SaaS APIs (CRM, analytics, feature flags, forms, media) with self-identifying keys. */
final class SaasApiRules {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String UUID4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String CUSTOMERS = TOKEN + " Reads customer records and conversations (personal data).";
    private static final String WORKSPACE = TOKEN + " Reads and changes the workspace's content.";

    private SaasApiRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(customerData());
        all.addAll(developerServices());
        all.addAll(workspaces());
        return all;
    }

    private static List<Rule> customerData() {
        return List.of(
                token("hubspot-private-app-token", "HubSpot private app access token", HIGH, CUSTOMERS,
                        "\\b(pat-(?:na|eu|ap)[0-9]-" + UUID + ")\\b", "pat-na", "pat-eu", "pat-ap"),
                Rule.builder("intercom-access-token", "Intercom access token", HIGH).reason(CUSTOMERS)
                        // Base64 of "tok:<uuid>:<n>:<n>": 44 bytes, 60 characters with one '='.
                        .keywords("dg9ro").regex("\\b(dG9rO[jm][A-Za-z0-9+/]{53}=)(?:[^A-Za-z0-9+/=]|$)")
                        .validator(EncodedTokens::intercom).build(),
                token("salesforce-access-token", "Salesforce access or session token", HIGH, CUSTOMERS,
                        "\\b(00D[A-Za-z0-9]{12}![A-Za-z0-9_.]{96})(?:[^A-Za-z0-9_.]|$)", "00d"),
                token("salesforce-refresh-token", "Salesforce OAuth refresh token", HIGH, CUSTOMERS,
                        "\\b(5AEP861[A-Za-z0-9._=]{80,200})(?:[^A-Za-z0-9._=]|$)", "5aep861"),
                prefixed("brevo-smtp-key", "Brevo (Sendinblue) SMTP key", HIGH, TOKEN
                        + " Sends mail as the organisation.", "xsmtpsib-", "[a-f0-9]{64}-[A-Za-z0-9]{16}"),
                token("posthog-personal-api-key", "PostHog personal API key", HIGH,
                        TOKEN + " Reads product analytics, including personal data.",
                        "\\b(phx_[A-Za-z0-9_]{43,48})\\b", "phx_"),
                token("segment-public-api-token", "Segment Public API token", HIGH,
                        TOKEN + " Administers the workspace's sources and destinations.",
                        "\\b(sgp_[A-Za-z0-9]{64})\\b", "sgp_"),
                token("typeform-pat", "Typeform personal access token", MEDIUM, TOKEN + " Reads form responses.",
                        "\\b(tfp_[A-Za-z0-9_=.-]{40,59})(?:[^A-Za-z0-9_=.-]|$)", "tfp_"),
                token("zoho-oauth-token", "Zoho OAuth access or refresh token", HIGH, CUSTOMERS,
                        "\\b(1000\\.[a-f0-9]{32}\\.[a-f0-9]{32})\\b", "1000."));
    }

    private static List<Rule> developerServices() {
        return List.of(
                token("launchdarkly-access-token", "LaunchDarkly API access token", HIGH, TOKEN
                        + " Changes feature flags in production.", "\\b(api-" + UUID4 + ")\\b", "api-"),
                token("launchdarkly-sdk-key", "LaunchDarkly server-side SDK key", MEDIUM,
                        "Reads every flag and segment of one environment.", "\\b(sdk-" + UUID4 + ")\\b", "sdk-"),
                prefixed("newrelic-insights-query-key", "New Relic Insights query key", MEDIUM,
                        "Reads the account's event data with NRQL.", "NRIQ-", "[A-Za-z0-9_-]{25,32}"),
                token("spectralops-token", "SpectralOps personal token", HIGH, TOKEN
                        + " Reads scan results, which list other secrets.", "\\b(spu-[a-z0-9]{32})\\b", "spu-"),
                token("stackhawk-api-key", "StackHawk API key", MEDIUM, TOKEN + " Reads application scan results.",
                        "\\b(hawk\\.[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20})" + END, "hawk."),
                prefixed("adobe-client-secret", "Adobe Developer (I/O) client secret", HIGH, TOKEN
                        + " Mints access tokens for the project's Adobe APIs.", "p8e-", "[A-Za-z0-9]{32}"),
                token("maxmind-license-key", "MaxMind license key", MEDIUM,
                        "Downloads GeoIP databases and queries web services billed to the account.",
                        "\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\\b", "_mmk"),
                prefixed("adafruit-io-key", "Adafruit IO key", MEDIUM, "Reads and writes the account's IoT feeds.",
                        "aio_", "[A-Za-z0-9]{28}"),
                token("ubidots-token", "Ubidots API token", MEDIUM, "Reads and writes the account's IoT devices.",
                        "\\b(BBFF-[A-Za-z0-9]{30})\\b", "bbff-"),
                token("voiceflow-api-key", "Voiceflow API key", MEDIUM, TOKEN + " Runs and changes the assistant.",
                        "\\b(VF\\.(?:(?:DM|WS)\\.)?[a-f0-9]{24}\\.[A-Za-z0-9]{16})\\b", "vf."),
                token("settlemint-token", "SettleMint access token", MEDIUM, TOKEN,
                        "\\b(sm_(?:aat|pat|sat)_[A-Za-z0-9]{16})\\b", "sm_aat_", "sm_pat_", "sm_sat_"),
                token("intra42-client-secret", "42 Intra OAuth client secret", MEDIUM,
                        "Acts as the OAuth application on the 42 school API.", "\\b(s-s4t2(?:ud|af)-[a-f0-9]{64})\\b",
                        "s-s4t2ud-", "s-s4t2af-"));
    }

    private static List<Rule> workspaces() {
        return List.of(
                token("notion-legacy-token", "Notion integration token (legacy)", MEDIUM, WORKSPACE,
                        "\\b(secret_[A-Za-z0-9]{43})\\b", "secret_"),
                token("clickup-pat", "ClickUp personal API token", MEDIUM, WORKSPACE,
                        "\\b(pk_[0-9]{6,10}_[A-Z0-9]{32})\\b", "pk_"),
                token("dropbox-short-lived-token", "Dropbox short-lived access token", MEDIUM,
                        "Reads and writes the user's files for about four hours.",
                        "\\b(sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,200})" + END, "sl."),
                prefixed("frameio-api-token", "Frame.io developer token", MEDIUM, WORKSPACE, "fio-u-",
                        "[A-Za-z0-9_=-]{64}"),
                prefixed("flexport-api-key", "Flexport API key", MEDIUM, TOKEN + " Reads shipments and documents.",
                        "shltm_", "[A-Za-z0-9_-]{40}"),
                token("teamwork-api-token", "Teamwork API token", MEDIUM, WORKSPACE,
                        "\\b(tkn\\.v1_[A-Za-z0-9]{71}=)", "tkn.v1_"));
    }
}
