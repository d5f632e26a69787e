package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.named;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Real-format samples of SaaS, messaging, payment, AI and observability tokens. */
final class ServiceSamples {
    private ServiceSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(messaging());
        all.addAll(payments());
        all.addAll(ai());
        all.addAll(observability());
        all.addAll(saas());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> messaging() {
        return List.of(
                g -> token("slack-token", "SLACK_BOT_TOKEN", "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-"
                        + g.alnum(24)),
                g -> token("slack-webhook", "SLACK_URL", "https://hooks.slack.com/services/T" + TokenSamples.up(g, 10)
                        + "/B" + TokenSamples.up(g, 10) + "/" + g.alnum(24)),
                g -> named("discord-bot-token", "DISCORD_BOT_TOKEN", g.base64Url(g.digits(18)) + "."
                        + g.urlsafe(6) + "." + g.urlsafe(38)),
                g -> token("discord-webhook", "ALERT_HOOK", "https://discord.com/api/webhooks/" + g.digits(18) + "/"
                        + g.urlsafe(68)),
                g -> token("microsoft-teams-webhook", "TEAMS_HOOK", "https://contoso" + g.pick(SampleGen.LOWER, 4)
                        + ".webhook.office.com/webhookb2/" + g.uuid() + "@" + g.uuid() + "/IncomingWebhook/"
                        + g.hex(32) + "/" + g.uuid()),
                g -> token("telegram-bot-token", "TG_BOT", g.digits(10) + ":AA" + g.urlsafe(33)),
                g -> token("twilio-api-key", "TWILIO_KEY", "SK" + g.hex(32)),
                g -> named("twilio-auth-token", "TWILIO_AUTH_TOKEN", g.hex(32)),
                g -> token("sendgrid-api-key", "SENDGRID_API_KEY", "SG." + g.urlsafe(22) + "." + g.urlsafe(43)),
                g -> token("mailgun-api-key", "MAILGUN_KEY", "key-" + g.hex(32)),
                g -> token("mailchimp-api-key", "MAILCHIMP_KEY", g.hex(32) + "-us" + (1 + g.nextInt(20))),
                g -> token("brevo-api-key", "BREVO_KEY", "xkeysib-" + g.hex(64) + "-" + g.alnum(16)),
                g -> named("postmark-server-token", "POSTMARK_SERVER_TOKEN", g.uuid()));
    }

    private static List<Function<SampleGen, RuleSample>> payments() {
        return List.of(
                g -> token("stripe-live-key", "STRIPE_SECRET_KEY", g.pick("sr", 1) + "k_live_" + g.alnum(99)),
                g -> token("stripe-webhook-secret", "STRIPE_WEBHOOK", "whsec_" + g.alnum(32)),
                g -> token("stripe-test-key", "STRIPE_TEST", "sk_test_" + g.alnum(99)),
                g -> token("square-access-token", "SQUARE_ACCESS_TOKEN", "EAAA" + g.urlsafe(60)),
                g -> token("square-legacy-token", "SQUARE_TOKEN", "sq0atp-" + g.urlsafe(22)),
                g -> token("square-oauth-secret", "SQUARE_APP_SECRET", "sq0csp-" + g.urlsafe(43)),
                g -> token("braintree-access-token", "PAYPAL_ACCESS_TOKEN", "access_token$production$"
                        + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 16) + "$" + g.hex(32)),
                g -> token("shopify-access-token", "SHOPIFY_TOKEN", "shpat_" + g.hex(32)),
                g -> token("shopify-custom-app-token", "SHOPIFY_CUSTOM", "shpca_" + g.hex(32)),
                g -> token("shopify-private-app-token", "SHOPIFY_PRIVATE", "shppa_" + g.hex(32)),
                g -> token("shopify-shared-secret", "SHOPIFY_SHARED", "shpss_" + g.hex(32)),
                g -> token("flutterwave-secret-key", "FLW_SECRET", "FLWSECK-" + g.hex(32) + "-X"),
                g -> token("shippo-live-token", "SHIPPO_TOKEN", "shippo_live_" + g.hex(40)),
                g -> token("easypost-api-key", "EASYPOST_KEY", "EZAK" + g.hex(54)),
                g -> token("duffel-token", "DUFFEL_TOKEN", "duffel_live_" + g.urlsafe(43)));
    }

    private static List<Function<SampleGen, RuleSample>> ai() {
        return List.of(
                g -> token("openai-project-key", "OPENAI_API_KEY", "sk-proj-" + g.urlsafe(74) + "T3BlbkFJ"
                        + g.urlsafe(74)),
                g -> token("openai-api-key", "OPENAI_KEY", "sk-" + g.alnum(20) + "T3BlbkFJ" + g.alnum(20)),
                g -> token("openai-service-account-key", "OPENAI_SVC", "sk-svcacct-" + g.urlsafe(74) + "T3BlbkFJ"
                        + g.urlsafe(74)),
                g -> token("openai-admin-key", "OPENAI_ADMIN", "sk-admin-" + g.urlsafe(74) + "T3BlbkFJ"
                        + g.urlsafe(74)),
                g -> token("anthropic-api-key", "ANTHROPIC_API_KEY", "sk-ant-api03-" + g.urlsafe(93) + "AA"),
                g -> token("anthropic-admin-key", "ANTHROPIC_ADMIN", "sk-ant-admin01-" + g.urlsafe(93) + "AA"),
                g -> token("huggingface-token", "HF_TOKEN", "hf_" + g.pick(SampleGen.UPPER + SampleGen.LOWER, 34)),
                g -> token("huggingface-org-token", "HF_ORG", "api_org_" + g.pick(SampleGen.UPPER + SampleGen.LOWER,
                        34)),
                g -> token("groq-api-key", "GROQ_API_KEY", "gsk_" + g.alnum(52)),
                g -> token("replicate-api-token", "REPLICATE_API_TOKEN", "r8_" + g.alnum(37)),
                g -> token("perplexity-api-key", "PPLX_KEY", "pplx-" + g.hex(48)),
                g -> token("xai-api-key", "XAI_API_KEY", "xai-" + g.alnum(80)),
                g -> token("langsmith-api-key", "LANGSMITH_API_KEY", "lsv2_" + (g.nextInt(2) == 0 ? "pt_"
                        : "sk_") + g.hex(32) + "_" + g.hex(10)),
                g -> named("cohere-api-key", "COHERE_API_KEY", g.alnum(40)),
                g -> named("mistral-api-key", "MISTRAL_API_KEY", g.alnum(32)));
    }

    private static List<Function<SampleGen, RuleSample>> observability() {
        return List.of(
                g -> named("datadog-api-key", "DD_API_KEY", g.hex(32)),
                g -> named("datadog-app-key", "DD_APP_KEY", g.hex(40)),
                g -> token("newrelic-user-key", "NEW_RELIC_API_KEY", "NRAK-" + TokenSamples.up(g, 27)),
                g -> token("newrelic-insert-key", "NEW_RELIC_INSERT", "NRII-" + g.urlsafe(32)),
                g -> token("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", g.hex(36) + "NRAL"),
                g -> token("newrelic-browser-key", "NR_BROWSER", "NRJS-" + g.hex(19)),
                g -> {
                    String key = g.hex(32);
                    return token("sentry-dsn", "SENTRY_DSN", "https://" + key + "@o" + g.digits(6)
                            + ".ingest.sentry.io/" + g.digits(7), key);
                },
                g -> token("sentry-org-token", "SENTRY_AUTH_TOKEN", "sntrys_" + g.base64Url("{\"iat\":"
                        + (1700000000 + g.nextInt(90000000)) + ".0,\"url\":\"https://sentry.io\",\"region_url\":"
                        + "\"https://us.sentry.io\",\"org\":\"acme\"}") + "_" + g.urlsafe(43)),
                g -> token("sentry-user-token", "SENTRY_TOKEN", "sntryu_" + g.hex(64)),
                g -> token("grafana-cloud-token", "GRAFANA_CLOUD", "glc_" + java.util.Base64.getEncoder()
                        .encodeToString(("{\"o\":\"" + g.digits(6) + "\",\"n\":\"stack-" + g.digits(6) + "-hm-read\","
                                + "\"k\":\"" + g.alnum(24) + "\",\"m\":{\"r\":\"prod-us-east-0\"}}")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                g -> token("grafana-service-account-token", "GRAFANA_SA", "glsa_" + g.alnum(32) + "_" + g.hex(8)),
                g -> token("grafana-api-key", "GRAFANA_KEY", java.util.Base64.getEncoder().encodeToString(
                        ("{\"k\":\"" + g.alnum(32) + "\",\"n\":\"deploy\",\"id\":" + (1 + g.nextInt(900)) + "}")
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
                g -> token("dynatrace-api-token", "DT_API_TOKEN", "dt0c01." + TokenSamples.up(g, 24) + "."
                        + TokenSamples.up(g, 64)),
                g -> named("algolia-admin-key", "ALGOLIA_ADMIN_KEY", g.hex(32)),
                g -> named("fastly-api-token", "FASTLY_API_TOKEN", g.urlsafe(32)),
                g -> named("snyk-token", "SNYK_TOKEN", g.uuid()),
                g -> named("codecov-token", "CODECOV_TOKEN", g.uuid()),
                g -> named("okta-api-token", "OKTA_API_TOKEN", "00" + g.urlsafe(40)));
    }

    private static List<Function<SampleGen, RuleSample>> saas() {
        return List.of(
                g -> token("linear-api-key", "LINEAR_KEY", "lin_api_" + g.alnum(40)),
                g -> token("notion-token", "NOTION_KEY", "ntn_" + g.digits(11) + g.alnum(35)),
                g -> token("airtable-pat", "AIRTABLE_KEY", "pat" + g.alnum(14) + "." + g.hex(64)),
                g -> token("figma-pat", "FIGMA_KEY", "figd_" + g.urlsafe(40)),
                g -> token("postman-api-key", "POSTMAN_KEY", "PMAK-" + g.hex(24) + "-" + g.hex(34)),
                g -> token("contentful-pat", "CONTENTFUL_KEY", "CFPAT-" + g.urlsafe(43)),
                g -> token("planetscale-token", "PLANETSCALE_TOKEN", "pscale_tkn_" + g.urlsafe(43)),
                g -> token("planetscale-password", "PLANETSCALE_PW", "pscale_pw_" + g.urlsafe(43)),
                g -> token("supabase-token", "SUPABASE_ACCESS_TOKEN", "sbp_" + g.hex(40)),
                g -> token("netlify-token", "NETLIFY_AUTH_TOKEN", "nfp_" + g.alnum(36)),
                g -> token("render-api-key", "RENDER_API_KEY", "rnd_" + g.alnum(32)),
                g -> token("mapbox-secret-token", "MAPBOX_TOKEN", "sk." + g.base64Url("{\"u\":\""
                        + g.pick(SampleGen.LOWER, 8) + "\",\"a\":\"cl" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 23)
                        + "\"}") + "." + g.urlsafe(22)),
                g -> token("prefect-api-key", "PREFECT_API_KEY", "pnu_" + g.alnum(36)),
                g -> token("readme-api-key", "README_KEY", "rdme_" + g.pick(SampleGen.LOWER + SampleGen.DIGITS, 70)),
                g -> token("scalingo-token", "SCALINGO_KEY", "tk-us-" + g.urlsafe(48)),
                g -> token("infracost-api-key", "INFRACOST_API_KEY", "ico-" + g.alnum(32)),
                g -> token("harness-pat", "HARNESS_KEY", "pat." + g.urlsafe(22) + "." + g.hex(24) + "."
                        + g.alnum(20)),
                g -> token("clojars-token", "CLOJARS_PASS", "CLOJARS_" + g.pick(SampleGen.LOWER + SampleGen.DIGITS,
                        60)),
                g -> token("octopus-deploy-api-key", "OCTOPUS_KEY", "API-" + TokenSamples.up(g, 26)),
                g -> token("facebook-access-token", "FB_TOKEN", "EAAG" + g.alnum(180)),
                g -> token("jwt", "SESSION", g.base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                        + g.base64Url("{\"sub\":\"" + g.alnum(12) + "\",\"iat\":" + (1700000000 + g.nextInt(1000000))
                        + "}") + "." + g.urlsafe(43)));
    }
}
