package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TELEMETRY;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.LOW;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for observability and general SaaS tokens. */
final class SaasTokenRules {
    private static final String READ = TOKEN + " Reads and changes the workspace's content.";

    private SaasTokenRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(observability());
        all.addAll(saas());
        return all;
    }

    private static List<Rule> observability() {
        return List.of(
                prefixed("newrelic-user-key", "New Relic user API key", HIGH, TELEMETRY, "NRAK-", "[A-Z0-9]{27}"),
                prefixed("newrelic-insert-key", "New Relic insert key", MEDIUM, TELEMETRY, "NRII-",
                        "[A-Za-z0-9_-]{32}"),
                token("newrelic-license-key", "New Relic license key", MEDIUM, TELEMETRY,
                        "\\b([a-f0-9]{36}NRAL)\\b", "nral"),
                prefixed("newrelic-browser-key", "New Relic browser key", LOW,
                        "Browser keys ship to every visitor; they only submit browser telemetry.", "NRJS-",
                        "[a-f0-9]{19}"),
                token("sentry-dsn", "Sentry DSN key", LOW,
                        "DSNs only submit events and are often public in front-end code.",
                        "https://([0-9a-f]{32})@[A-Za-z0-9.-]*(?:sentry\\.io|ingest\\.[A-Za-z0-9.-]+)/[0-9]+",
                        "sentry", "ingest"),
                token("sentry-org-token", "Sentry organization auth token", HIGH, TOKEN + " Uploads releases and "
                        + "reads issues.", "\\b(sntrys_eyJ[A-Za-z0-9_=-]{30,600}_[A-Za-z0-9_+/-]{43})" + END,
                        "sntrys_"),
                prefixed("sentry-user-token", "Sentry user auth token", HIGH, TOKEN, "sntryu_", "[a-f0-9]{64}"),
                token("grafana-cloud-token", "Grafana Cloud access policy token", HIGH, TELEMETRY,
                        "\\b(glc_eyJ[A-Za-z0-9+/=_-]{32,400})", "glc_eyj"),
                prefixed("grafana-service-account-token", "Grafana service account token", HIGH, TELEMETRY, "glsa_",
                        "[A-Za-z0-9]{32}_[a-f0-9]{8}"),
                token("grafana-api-key", "Grafana API key (legacy)", HIGH, TELEMETRY,
                        "\\b(eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})", "eyjrijoi"),
                token("dynatrace-api-token", "Dynatrace API token", HIGH, TELEMETRY,
                        "\\b(dt0[a-z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})\\b", "dt0c01", "dt0s01"));
    }

    private static List<Rule> saas() {
        return List.of(
                prefixed("linear-api-key", "Linear API key", MEDIUM, READ, "lin_api_", "[A-Za-z0-9]{40}"),
                prefixed("notion-token", "Notion integration token", MEDIUM, READ, "ntn_", "[0-9]{11}[A-Za-z0-9]{35}"),
                token("airtable-pat", "Airtable personal access token", MEDIUM, READ,
                        // A literal start lets RE2/J skip to "pat" (a frequent keyword: "path") instead of
                        // stepping through every position; the format is specific enough without a left boundary.
                        "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}\\b", "pat"),
                prefixed("figma-pat", "Figma personal access token", MEDIUM, READ, "figd_", "[A-Za-z0-9_-]{40}"),
                prefixed("postman-api-key", "Postman API key", HIGH, READ + " Collections often hold more secrets.",
                        "PMAK-", "[a-f0-9]{24}-[a-f0-9]{34}"),
                prefixed("contentful-pat", "Contentful personal access token", MEDIUM, READ, "CFPAT-",
                        "[A-Za-z0-9_-]{43}"),
                prefixed("planetscale-token", "PlanetScale service token", HIGH, "Manages databases.", "pscale_tkn_",
                        "[A-Za-z0-9_.-]{43}"),
                prefixed("planetscale-password", "PlanetScale database password", HIGH, "A database login.",
                        "pscale_pw_", "[A-Za-z0-9_.-]{43}"),
                prefixed("supabase-token", "Supabase management token", HIGH, "Manages projects and their data.",
                        "sbp_", "[a-f0-9]{40}"),
                prefixed("netlify-token", "Netlify personal access token", HIGH, TOKEN + " Deploys sites.", "nfp_",
                        "[A-Za-z0-9]{36}"),
                prefixed("render-api-key", "Render API key", HIGH, TOKEN + " Deploys services.", "rnd_",
                        "[A-Za-z0-9]{32}"),
                token("mapbox-secret-token", "Mapbox secret access token", MEDIUM, "Manages styles, tilesets and "
                        + "tokens; billed usage.", "\\b(sk\\.eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{20,30})" + END,
                        "sk.eyj"),
                prefixed("prefect-api-key", "Prefect Cloud API key", HIGH, TOKEN, "pnu_", "[A-Za-z0-9]{36}"),
                prefixed("readme-api-key", "ReadMe API key", MEDIUM, READ, "rdme_", "[a-z0-9]{70}"),
                prefixed("scalingo-token", "Scalingo API token", HIGH, TOKEN + " Deploys apps.", "tk-us-",
                        "[A-Za-z0-9_-]{48}"),
                token("facebook-access-token", "Facebook access token", HIGH, TOKEN + " Acts on the page or app.",
                        "\\b(EAA[BCDGI][A-Za-z0-9]{80,})\\b", "eaab", "eaac", "eaad", "eaag", "eaai"));
    }
}
