package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Real-format samples of AI platform, developer platform and cloud platform credentials, and their near misses. */
final class PlatformSamples {
    private static final String LOWER_DIGITS = SampleGen.LOWER + SampleGen.DIGITS;

    private PlatformSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(ai());
        all.addAll(developerPlatforms());
        all.addAll(cloud());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> ai() {
        return List.of(
                g -> token("aws-bedrock-api-key", "AWS_BEARER_TOKEN_BEDROCK", bedrockLongTerm(g, ":")),
                g -> token("aws-bedrock-short-term-api-key", "AWS_BEARER_TOKEN_BEDROCK", bedrockShortTerm(g,
                        ZonedDateTime.now(ZoneOffset.UTC))),
                g -> token("langfuse-secret-key", "LANGFUSE_SECRET_KEY", "sk-lf-" + g.uuid()),
                g -> token("openrouter-api-key", "OPENROUTER_API_KEY", "sk-or-v1-" + g.hex(64)),
                g -> token("nvidia-api-key", "NVIDIA_API_KEY", "nvapi-" + g.urlsafe(64)),
                g -> token("elevenlabs-api-key", "ELEVEN_API_KEY", "sk_" + g.hex(48)),
                g -> token("pinecone-api-key", "PINECONE_API_KEY", "pcsk_" + g.alnum(5) + "_" + g.alnum(63)));
    }

    private static List<Function<SampleGen, RuleSample>> developerPlatforms() {
        return List.of(
                g -> token("sourcegraph-access-token", "SRC_ACCESS_TOKEN", "sgp_" + g.hex(16) + "_" + g.hex(40)),
                g -> token("sourcegraph-access-token", "SRC_ACCESS_TOKEN", "sgp_" + g.hex(40)),
                g -> token("harness-service-account-token", "HARNESS_SAT", "sat." + g.urlsafe(22) + "." + g.hex(24)
                        + "." + g.alnum(20)),
                g -> token("bitbucket-data-center-token", "BITBUCKET_TOKEN", "BBDC-" + g.pick(SampleGen.ALNUM + "+/",
                        44)),
                g -> token("atlassian-admin-api-key", "ATLASSIAN_ORG_KEY", "ATCTT3xFfGN0" + g.urlsafe(180) + "="
                        + g.pick("0123456789ABCDEF", 8)),
                g -> token("teamcity-access-token", "TEAMCITY_TOKEN", teamcity(g, g.uuid())),
                g -> token("youtrack-permanent-token", "YOUTRACK_TOKEN", "perm:" + b64("deploy-bot") + "."
                        + b64(g.digits(2) + "-" + g.nextInt(9)) + "." + g.alnum(30)),
                g -> token("crates-io-token", "CARGO_REGISTRY_TOKEN", "cio" + g.alnum(32)),
                g -> token("dependency-track-api-key", "DTRACK_API_KEY", "odt_" + g.alnum(32)),
                g -> token("docker-swarm-join-token", "SWARM_TOKEN", "SWMTKN-1-" + g.pick(LOWER_DIGITS, 50) + "-"
                        + g.pick(LOWER_DIGITS, 25)),
                g -> token("k3s-node-token", "K3S_TOKEN", "K10" + g.hex(64) + "::server:" + g.hex(32)),
                g -> token("tailscale-key", "TS_AUTHKEY", "tskey-auth-k" + g.alnum(9) + "CNTRL-" + g.alnum(33)),
                g -> Embedded.value("fly-io-macaroon", "FLY_API_TOKEN", "FlyV1 ", "fm2_" + g.pick(SampleGen.BASE64, 400),
                        ""),
                g -> token("doppler-scim-token", "DOPPLER_SCIM", "dp.scim." + g.alnum(43)),
                g -> token("doppler-audit-token", "DOPPLER_AUDIT", "dp.audit." + g.alnum(43)));
    }

    private static List<Function<SampleGen, RuleSample>> cloud() {
        return List.of(
                g -> token("cloudflare-api-token-scannable", "CLOUDFLARE_API_TOKEN", "cf" + g.pick("ua", 1) + "t_"
                        + g.alnum(40) + g.hex(8)),
                g -> token("cloudflare-global-api-key", "CLOUDFLARE_API_KEY", "cfk_" + g.alnum(40) + g.hex(8)),
                g -> token("cloudflare-tunnel-token", "TUNNEL_TOKEN", tunnel(g, g.hex(32))),
                g -> token("aws-appsync-api-key", "APPSYNC_API_KEY", "da2-" + g.pick(LOWER_DIGITS, 26)),
                g -> token("akamai-edgegrid-token", "AKAMAI_ACCESS_TOKEN", "akab-" + g.pick(LOWER_DIGITS, 16) + "-"
                        + g.pick(LOWER_DIGITS, 16)),
                g -> token("clickhouse-cloud-api-secret", "CLICKHOUSE_KEY_SECRET", "4b1d" + g.alnum(38)),
                g -> token("mongodb-atlas-service-account-secret", "MDB_CLIENT_SECRET", "mdb_sa_sk_" + g.urlsafe(6)
                        + g.alnum(34)),
                g -> token("aiven-service-password", "DB_PASSWORD", "AVNS_" + g.urlsafe(19)),
                g -> token("planetscale-oauth-token", "PSCALE_TOKEN", "pscale_oauth_" + g.urlsafe(43)),
                g -> token("supabase-secret-key", "SUPABASE_SECRET_KEY", "sb_secret_" + g.urlsafe(31)),
                g -> token("defined-networking-api-key", "DN_API_KEY", "dnkey-" + g.alnum(26) + "-" + g.alnum(52)),
                g -> Embedded.value("couchbase-connection-string", "COUCHBASE_URL", "couchbases://app:", g.alnum(20),
                        "@cb." + g.pick(SampleGen.LOWER, 8) + ".cloud.couchbase.com"));
    }

    static List<Function<SampleGen, RuleSample>> nearMisses() {
        return List.of(
                g -> miss("aws-bedrock-api-key", "ABSK" + b64("BedrockKey-" + g.alnum(40) + ":" + g.alnum(40))),
                g -> miss("aws-bedrock-short-term-api-key", "bedrock-api-key-" + b64("example.com/?Action="
                        + g.alnum(80))),
                g -> miss("langfuse-secret-key", "pk-lf-" + g.uuid()),
                g -> miss("openrouter-api-key", "sk-or-v1-" + g.hex(63)),
                g -> miss("nvidia-api-key", "nvapi-" + g.urlsafe(60)),
                g -> miss("elevenlabs-api-key", "sk_" + g.hex(47)),
                g -> miss("pinecone-api-key", "pcsk_" + g.alnum(5) + "_" + g.alnum(62)),
                g -> miss("sourcegraph-access-token", "sgp_" + g.hex(39)),
                g -> miss("harness-service-account-token", "sat." + g.urlsafe(22) + "." + g.hex(23) + "." + g.alnum(20)),
                g -> miss("bitbucket-data-center-token", "BBDC-" + g.alnum(30)),
                g -> miss("atlassian-admin-api-key", "ATCTT3xFfGN0" + g.urlsafe(50) + "=" + g.alnum(8)),
                g -> miss("teamcity-access-token", teamcity(g, g.uuid()).replace("VENWMiJ9", "VENWMSJ9")),
                g -> miss("youtrack-permanent-token", "perm:" + b64("deploy-bot") + "." + b64("51-0") + "." + g.alnum(29)),
                g -> miss("crates-io-token", "cio" + g.alnum(31)),
                g -> miss("dependency-track-api-key", "odt_" + g.alnum(20)),
                g -> miss("docker-swarm-join-token", "SWMTKN-1-" + g.pick(LOWER_DIGITS, 50) + "-" + g.pick(LOWER_DIGITS,
                        24)),
                g -> miss("k3s-node-token", "K10" + g.hex(63) + "::server:" + g.hex(32)),
                g -> miss("tailscale-key", "tskey-docs-k" + g.alnum(9) + "CNTRL-" + g.alnum(33)),
                g -> miss("fly-io-macaroon", "FlyV1 fm3_" + g.pick(SampleGen.BASE64, 400)),
                g -> miss("doppler-scim-token", "dp.scim." + g.alnum(30)),
                g -> miss("doppler-audit-token", "dp.audit." + g.alnum(30)),
                g -> miss("cloudflare-api-token-scannable", "cfut_" + g.alnum(40) + "XYZWQRST"),
                g -> miss("cloudflare-global-api-key", "cfk_" + g.alnum(39) + g.hex(8)),
                g -> miss("cloudflare-tunnel-token", tunnel(g, g.hex(32)).replace("eyJhIjoi", "eyJiIjoi")),
                g -> miss("aws-appsync-api-key", "da2-" + g.pick(LOWER_DIGITS, 25)),
                g -> miss("akamai-edgegrid-token", "akab-" + g.pick(LOWER_DIGITS, 16) + "-" + g.pick(LOWER_DIGITS, 15)),
                g -> miss("clickhouse-cloud-api-secret", "4b1d" + g.alnum(37)),
                g -> miss("mongodb-atlas-service-account-secret", "mdb_sa_sk_" + g.alnum(30)),
                g -> miss("aiven-service-password", "AVNS_" + g.alnum(12)),
                g -> miss("planetscale-oauth-token", "pscale_oauth_" + g.alnum(20)),
                g -> miss("supabase-secret-key", "sb_publishable_" + g.urlsafe(31)),
                g -> miss("defined-networking-api-key", "dnkey-" + g.alnum(26) + "-" + g.alnum(40)),
                g -> miss("couchbase-connection-string", "couchbases://app:password@cb.internal"));
    }

    /** A value the rule must not report, under a neutral name. */
    static RuleSample miss(String ruleId, String value) {
        return token(ruleId, "SETTING", value);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A long-term Bedrock key: ABSK + base64 of the IAM service user, a separator and its password. */
    static String bedrockLongTerm(SampleGen g, String separator) {
        return "ABSK" + b64("BedrockAPIKey-" + g.alnum(4) + "-at-" + g.digits(12) + separator + g.base64Bytes(45));
    }

    /** A short-term Bedrock key: a presigned request signed at {@code signed}, valid 12 hours. */
    static String bedrockShortTerm(SampleGen g, ZonedDateTime signed) {
        String date = signed.format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        return "bedrock-api-key-" + b64("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC"
                + "-SHA256&X-Amz-Credential=ASIA" + TokenSamples.up(g, 16) + "%2F" + date.substring(0, 8) + "%2Fus-east-1"
                + "%2Fbedrock%2Faws4_request&X-Amz-Date=" + date + "&X-Amz-Expires=43200&X-Amz-Security-Token="
                + g.urlsafe(300) + "&X-Amz-Signature=" + g.hex(64) + "&X-Amz-SignedHeaders=host&Version=1");
    }

    /** A TeamCity token: the TCV2 header, a random part, base64 of the token's UUID. */
    static String teamcity(SampleGen g, String uuid) {
        return "eyJ0eXAiOiAiVENWMiJ9." + g.base64Url(g.alnum(27)) + "." + g.base64Url(uuid);
    }

    /** A Cloudflare Tunnel token: base64 JSON of account tag, tunnel id and tunnel secret. */
    static String tunnel(SampleGen g, String account) {
        return b64("{\"a\":\"" + account + "\",\"t\":\"" + g.uuid() + "\",\"s\":\"" + g.base64Bytes(32) + "\"}");
    }
}
