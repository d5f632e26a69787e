package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.CLOUD;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/** Built-in rules for cloud, edge and database platforms whose credentials carry a prefix or a structure. */
final class CloudPlatformRules {
    private static final String DATABASE = "Reads and changes the hosted databases and their data.";

    private CloudPlatformRules() {
    }

    static List<Rule> rules() {
        return List.of(
                token("cloudflare-api-token-scannable", "Cloudflare API token (user or account)", HIGH,
                        CLOUD + " Controls DNS and edge traffic.", "\\b(cf[ua]t_[A-Za-z0-9]{40}[a-f0-9]{8})\\b",
                        "cfut_", "cfat_"),
                prefixed("cloudflare-global-api-key", "Cloudflare Global API key", CRITICAL,
                        "Full access to every zone and setting of the user's accounts.", "cfk_",
                        "[A-Za-z0-9]{40}[a-f0-9]{8}"),
                Rule.builder("cloudflare-tunnel-token", "Cloudflare Tunnel token", HIGH)
                        .reason("Runs the tunnel: whoever holds it serves the tunnel's hostnames.").keywords("eyjhijoi")
                        // Base64 of {"a":" (the account tag), followed by the tunnel id "t" and secret "s".
                        .regex("\\b(eyJhIjoi[A-Za-z0-9+/_-]{100,400}={0,2})(?:[^A-Za-z0-9+/=_-]|$)")
                        .validator(EncodedTokens::cloudflareTunnel).build(),
                token("aws-appsync-api-key", "AWS AppSync API key", MEDIUM,
                        "Calls the GraphQL API, including its mutations; often shipped to browsers on purpose.",
                        "\\b(da2-[a-z0-9]{26})\\b", "da2-"),
                token("akamai-edgegrid-token", "Akamai EdgeGrid client or access token", MEDIUM,
                        "Half of an EdgeGrid credential for Akamai's APIs; the client secret is usually beside it.",
                        "\\b(akab-[a-z0-9]{16}-[a-z0-9]{16})\\b", "akab-"),
                token("clickhouse-cloud-api-secret", "ClickHouse Cloud API key secret", HIGH, DATABASE,
                        "\\b(4b1d[A-Za-z0-9]{38})\\b", "4b1d"),
                token("mongodb-atlas-service-account-secret", "MongoDB Atlas service account secret", HIGH, DATABASE,
                        "\\b(mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34})" + END, "mdb_sa_sk_"),
                token("aiven-service-password", "Aiven / DigitalOcean managed database password", HIGH,
                        "The service user's login (often avnadmin or doadmin, with full rights).",
                        "\\b(AVNS_[A-Za-z0-9_-]{19})" + END, "avns_"),
                prefixed("planetscale-oauth-token", "PlanetScale OAuth token", HIGH, DATABASE, "pscale_oauth_",
                        "[A-Za-z0-9_.-]{32,64}"),
                prefixed("supabase-secret-key", "Supabase secret API key", CRITICAL,
                        "Bypasses row-level security: full access to the project's data.", "sb_secret_",
                        "[A-Za-z0-9_-]{28,64}"),
                token("defined-networking-api-key", "Defined Networking (Managed Nebula) API key", HIGH,
                        "Enrolls hosts into the overlay network and changes its firewall.",
                        "\\b(dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})" + END, "dnkey-"),
                Rule.builder("couchbase-connection-string", "Password in a Couchbase connection string", MEDIUM)
                        .reason("A database login; often internal-only.").keywords("couchbase")
                        .regex("\\bcouchbases?://[^:@/\\s'\"]+:([^@/\\s'\"]+)@[^/\\s'\"?:#,]+")
                        .allowSecret(CredentialRules.WEAK_WORDS).build());
    }
}
