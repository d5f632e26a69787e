package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.CLOUD;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for cloud providers beyond the core AWS/GCP set: Azure, Google OAuth, DigitalOcean and others. */
final class CloudTokenRules {
    private static final String HEX64 = "[a-f0-9]{64}";

    private CloudTokenRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(awsAndGoogle());
        all.addAll(azure());
        all.addAll(others());
        return all;
    }

    private static List<Rule> awsAndGoogle() {
        return List.of(
                token("aws-session-token", "AWS session token", HIGH,
                        "Temporary AWS credentials; valid for hours, with the role's full rights.",
                        "\\b((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+]{100,}={0,2})|(?i:aws_?session_?token)"
                                + "[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{100,}={0,2})",
                        "iqojb3jpz2lux2vj", "fwogzxivyxdz", "session_token", "sessiontoken"),
                prefixed("aws-mws-key", "Amazon MWS auth token", HIGH, CLOUD, "amzn.mws.",
                        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                prefixed("gcp-oauth-client-secret", "Google OAuth client secret", HIGH,
                        "Lets an attacker impersonate the OAuth application to users.", "GOCSPX-", "[A-Za-z0-9_-]{28}"),
                prefixed("google-oauth-access-token", "Google OAuth access token", MEDIUM,
                        "Short-lived (about an hour), but acts with the user's granted scopes.", "ya29.",
                        "[A-Za-z0-9_-]{50,}"),
                token("google-oauth-refresh-token", "Google OAuth refresh token", HIGH,
                        "Mints access tokens for the user's scopes until revoked.",
                        "(?:^|[^A-Za-z0-9/])(1//0[A-Za-z0-9_-]{40,})" + END, "1//0"),
                token("firebase-cloud-messaging-key", "Firebase Cloud Messaging server key", HIGH,
                        "Sends push notifications to every user of the app.",
                        "\\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,})" + END, ":apa91b"),
                prefixed("databricks-token", "Databricks personal access token", HIGH, CLOUD + " Reaches the data "
                        + "lake.", "dapi", "[a-f0-9]{32}(?:-[0-9])?"));
    }

    private static List<Rule> azure() {
        return List.of(
                token("azure-storage-connection-string", "Azure Storage connection string with account key", CRITICAL,
                        "The account key gives full control of every blob, queue and table in the account.",
                        "(?i:accountkey)=([A-Za-z0-9+/]{86}==)", "accountkey="),
                Rule.builder("azure-sas-token", "Azure shared access signature", HIGH)
                        .reason("Grants the signed permissions until it expires; often issued for years.")
                        .keywords("sig=")
                        .regex("\\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\s\"'<>]{0,400}?\\bsig=([A-Za-z0-9%+/]{40,100})")
                        .expiry(TokenExpiry::sas).build(),
                token("azure-client-secret", "Azure AD (Entra ID) client secret", CRITICAL,
                        "Authenticates as the application's service principal, often with subscription rights.",
                        "(?:^|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?:[^A-Za-z0-9_~.-]|$)",
                        // The digit before Q~ in each keyword: none shorter than three characters (see the prefilter).
                        "0q~", "1q~", "2q~", "3q~", "4q~", "5q~", "6q~", "7q~", "8q~", "9q~"));
    }

    private static List<Rule> others() {
        return List.of(
                prefixed("digitalocean-token", "DigitalOcean personal access token", CRITICAL, CLOUD, "dop_v1_", HEX64),
                prefixed("digitalocean-oauth-token", "DigitalOcean OAuth token", HIGH, CLOUD, "doo_v1_", HEX64),
                prefixed("digitalocean-refresh-token", "DigitalOcean OAuth refresh token", HIGH, CLOUD, "dor_v1_",
                        HEX64),
                token("alibaba-access-key-id", "Alibaba Cloud AccessKey ID", HIGH,
                        "Half of an Alibaba Cloud key pair; the secret is usually close by.",
                        "\\b(LTAI[A-Za-z0-9]{12,20})\\b", "ltai"),
                token("tencent-cloud-secret-id", "Tencent Cloud SecretId", HIGH,
                        "Half of a Tencent Cloud key pair; the key is usually close by.",
                        "\\b(AKID[A-Za-z0-9]{32})\\b", "akid"),
                prefixed("heroku-api-key", "Heroku API key", HIGH, CLOUD, "HRKU-", "AA[A-Za-z0-9_-]{58}"),
                prefixed("cloudflare-origin-ca-key", "Cloudflare Origin CA key", HIGH,
                        "Issues origin certificates for the account's zones.", "v1.0-", "[a-f0-9]{24}-[a-f0-9]{146}"),
                prefixed("fly-io-token", "Fly.io access token", HIGH, CLOUD, "fo1_", "[A-Za-z0-9_-]{43}"),
                prefixed("yandex-api-key", "Yandex Cloud API key", HIGH, CLOUD, "AQVN", "[A-Za-z0-9_-]{35,38}"),
                prefixed("openshift-token", "OpenShift OAuth access token", HIGH,
                        "A cluster credential with the user's rights.", "sha256~", "[A-Za-z0-9_-]{43}"));
    }
}
