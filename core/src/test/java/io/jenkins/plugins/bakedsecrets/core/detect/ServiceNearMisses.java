package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.miss;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Near misses of the messaging, payment, AI, observability and SaaS rules that predate issue 15: one character
 * short, a prefix the service does not issue (LangSmith {@code lsv2_st_}), or the public sibling of a secret
 * (a Mapbox {@code pk.} token).
 */
final class ServiceNearMisses {
    private static final String LETTERS = SampleGen.UPPER + SampleGen.LOWER;

    private ServiceNearMisses() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(messagingAndPayments());
        all.addAll(ai());
        all.addAll(observabilityAndSaas());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> messagingAndPayments() {
        return List.of(
                g -> token("discord-bot-token", "DISCORD_BOT_TOKEN", g.base64Url(g.digits(18)) + "." + g.urlsafe(6)
                        + "." + g.urlsafe(20)),
                g -> miss("discord-webhook", "https://discord.com/api/webhooks/" + g.digits(18) + "/" + g.urlsafe(40)),
                g -> miss("microsoft-teams-webhook", "https://contoso.webhook.office.com/webhookb2/" + g.uuid() + "@"
                        + g.uuid() + "/" + g.hex(32)),
                g -> miss("telegram-bot-token", g.digits(10) + ":AB" + g.urlsafe(33)),
                g -> miss("twilio-api-key", "SK" + g.hex(31)),
                g -> token("twilio-auth-token", "TWILIO_AUTH_TOKEN", g.hex(31)),
                g -> miss("sendgrid-api-key", "SG." + g.urlsafe(22) + "." + g.urlsafe(42)),
                g -> miss("mailgun-api-key", "key-" + g.hex(31)),
                g -> miss("mailchimp-api-key", g.hex(32) + "-eu1"),
                g -> miss("brevo-api-key", "xkeysib-" + g.hex(64) + "-" + g.alnum(15)),
                g -> token("postmark-server-token", "POSTMARK_SERVER_TOKEN", g.hex(32)),
                g -> miss("stripe-webhook-secret", "whsec_" + g.alnum(31)),
                g -> miss("stripe-test-key", "sk_test_" + g.alnum(20)),
                g -> miss("square-access-token", "EAAA" + g.alnum(59)),
                g -> miss("square-legacy-token", "sq0atp-" + g.alnum(21)),
                g -> miss("square-oauth-secret", "sq0csp-" + g.alnum(42)),
                g -> miss("braintree-access-token", "access_token$production$" + g.pick(SampleGen.LOWER, 16) + "$"
                        + g.hex(31)),
                g -> miss("shopify-access-token", "shpat_" + g.hex(31)),
                g -> miss("shopify-custom-app-token", "shpca_" + g.hex(31)),
                g -> miss("shopify-private-app-token", "shppa_" + g.hex(31)),
                g -> miss("shopify-shared-secret", "shpss_" + g.hex(31)),
                g -> miss("flutterwave-secret-key", "FLWSECK-" + g.hex(32) + "-Y"),
                g -> miss("shippo-live-token", "shippo_live_" + g.hex(39)),
                g -> miss("easypost-api-key", "EZAK" + g.hex(53)),
                g -> miss("duffel-token", "duffel_live_" + g.alnum(42)));
    }

    private static List<Function<SampleGen, RuleSample>> ai() {
        return List.of(
                g -> miss("openai-project-key", "sk-proj-" + g.alnum(150)),
                g -> miss("openai-service-account-key", "sk-svcacct-" + g.alnum(150)),
                g -> miss("openai-admin-key", "sk-admin-" + g.alnum(150)),
                g -> miss("openai-api-key", "sk-" + g.alnum(20) + "T3BlbkFJ" + g.alnum(19)),
                g -> miss("anthropic-api-key", "sk-ant-api03-" + g.alnum(93) + "AB"),
                g -> miss("anthropic-admin-key", "sk-ant-admin01-" + g.alnum(93) + "AB"),
                g -> miss("huggingface-token", "hf_" + g.pick(LETTERS, 33)),
                g -> miss("huggingface-org-token", "api_org_" + g.pick(LETTERS, 33)),
                g -> miss("groq-api-key", "gsk_" + g.alnum(51)),
                g -> miss("replicate-api-token", "r8_" + g.alnum(36)),
                g -> miss("perplexity-api-key", "pplx-" + g.hex(47)),
                g -> miss("xai-api-key", "xai-" + g.alnum(79)),
                g -> miss("langsmith-api-key", "lsv2_st_" + g.hex(32) + "_" + g.hex(10)),
                g -> token("cohere-api-key", "COHERE_API_KEY", g.alnum(39)),
                g -> token("mistral-api-key", "MISTRAL_API_KEY", g.alnum(31)));
    }

    private static List<Function<SampleGen, RuleSample>> observabilityAndSaas() {
        return List.of(
                g -> token("datadog-api-key", "DD_API_KEY", g.hex(31)),
                g -> token("datadog-app-key", "DD_APP_KEY", g.hex(39)),
                g -> miss("newrelic-user-key", "NRAK-" + TokenSamples.up(g, 26)),
                g -> miss("newrelic-insert-key", "NRII-" + g.alnum(31)),
                g -> miss("newrelic-license-key", g.hex(35) + "NRAL"),
                g -> miss("newrelic-browser-key", "NRJS-" + g.hex(18)),
                g -> miss("sentry-dsn", "https://" + g.hex(32) + "@errors.corp.io/" + g.digits(3)),
                g -> miss("sentry-org-token", "sntrys_eyJ" + g.alnum(20) + "_" + g.alnum(43)),
                g -> miss("sentry-user-token", "sntryu_" + g.hex(63)),
                g -> miss("grafana-cloud-token", "glc_eyJ" + g.alnum(20)),
                g -> miss("grafana-service-account-token", "glsa_" + g.alnum(32) + "_" + g.hex(7)),
                g -> miss("grafana-api-key", "eyJrIjoi" + g.alnum(30)),
                g -> miss("dynatrace-api-token", "dt0c01." + TokenSamples.up(g, 24) + "." + TokenSamples.up(g, 63)),
                g -> token("algolia-admin-key", "ALGOLIA_ADMIN_KEY", g.hex(31)),
                g -> token("fastly-api-token", "FASTLY_API_TOKEN", g.alnum(31)),
                g -> token("snyk-token", "SNYK_TOKEN", g.hex(32)),
                g -> token("codecov-token", "CODECOV_TOKEN", g.hex(32)),
                g -> token("okta-api-token", "OKTA_API_TOKEN", "00" + g.alnum(39)),
                g -> miss("linear-api-key", "lin_api_" + g.alnum(39)),
                g -> miss("notion-token", "ntn_" + g.digits(11) + g.alnum(34)),
                g -> miss("airtable-pat", "pat" + g.alnum(14) + "." + g.hex(63)),
                g -> miss("figma-pat", "figd_" + g.alnum(39)),
                g -> miss("postman-api-key", "PMAK-" + g.hex(24) + "-" + g.hex(33)),
                g -> miss("contentful-pat", "CFPAT-" + g.alnum(42)),
                g -> miss("planetscale-token", "pscale_tkn_" + g.alnum(42)),
                g -> miss("planetscale-password", "pscale_pw_" + g.alnum(42)),
                g -> miss("supabase-token", "sbp_" + g.hex(39)),
                g -> miss("netlify-token", "nfp_" + g.alnum(35)),
                g -> miss("render-api-key", "rnd_" + g.alnum(31)),
                g -> miss("mapbox-secret-token", "pk." + g.base64Url("{\"u\":\"shop\",\"a\":\"cl" + g.alnum(23) + "\"}")
                        + "." + g.urlsafe(22)),
                g -> miss("prefect-api-key", "pnu_" + g.alnum(35)),
                g -> miss("readme-api-key", "rdme_" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 69)),
                g -> miss("scalingo-token", "tk-us-" + g.alnum(47)),
                g -> miss("facebook-access-token", "EAAG" + g.alnum(60)));
    }
}
