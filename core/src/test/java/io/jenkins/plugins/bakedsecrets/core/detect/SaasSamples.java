package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.Embedded.value;
import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.b64;
import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.miss;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Real-format samples of SaaS, payment and webhook credentials, and their near misses. */
final class SaasSamples {
    private static final String LOWER_DIGITS = SampleGen.LOWER + SampleGen.DIGITS;
    private static final String DOTTED = SampleGen.ALNUM + "._";

    private SaasSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(saas());
        all.addAll(payments());
        all.addAll(webhooks());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> saas() {
        return List.of(
                g -> token("hubspot-private-app-token", "HUBSPOT_TOKEN", "pat-" + (g.nextInt(2) == 0 ? "na1-" : "eu1-")
                        + g.uuid()),
                g -> token("intercom-access-token", "INTERCOM_TOKEN", b64("tok:" + g.uuid() + ":1:0")),
                g -> token("salesforce-access-token", "SF_SESSION", "00D" + g.alnum(12) + "!" + g.pick(DOTTED, 96)),
                g -> token("salesforce-refresh-token", "SF_REFRESH", "5AEP861" + g.pick(DOTTED, 100)),
                g -> token("brevo-smtp-key", "SMTP_PASSWORD", "xsmtpsib-" + g.hex(64) + "-" + g.alnum(16)),
                g -> token("posthog-personal-api-key", "POSTHOG_PERSONAL_API_KEY", "phx_" + g.alnum(43)),
                g -> token("segment-public-api-token", "SEGMENT_TOKEN", "sgp_" + g.alnum(64)),
                g -> token("typeform-pat", "TYPEFORM_TOKEN", "tfp_" + g.alnum(44) + "_" + g.alnum(14)),
                g -> token("zoho-oauth-token", "ZOHO_REFRESH_TOKEN", "1000." + g.hex(32) + "." + g.hex(32)),
                g -> token("launchdarkly-access-token", "LD_API_TOKEN", "api-" + g.uuid()),
                g -> token("launchdarkly-sdk-key", "LD_SDK_KEY", "sdk-" + g.uuid()),
                g -> token("newrelic-insights-query-key", "NEW_RELIC_QUERY_KEY", "NRIQ-" + g.urlsafe(32)),
                g -> token("spectralops-token", "SPECTRAL_DSN_TOKEN", "spu-" + g.pick(LOWER_DIGITS, 32)),
                g -> token("stackhawk-api-key", "HAWK_API_KEY", "hawk." + g.alnum(20) + "." + g.alnum(20)),
                g -> token("adobe-client-secret", "ADOBE_CLIENT_SECRET", "p8e-" + g.alnum(32)),
                g -> token("maxmind-license-key", "MAXMIND_LICENSE_KEY", g.alnum(6) + "_" + g.alnum(29) + "_mmk"),
                g -> token("adafruit-io-key", "ADAFRUIT_IO_KEY", "aio_" + g.alnum(28)),
                g -> token("ubidots-token", "UBIDOTS_TOKEN", "BBFF-" + g.alnum(30)),
                g -> token("voiceflow-api-key", "VOICEFLOW_KEY", "VF.DM." + g.hex(24) + "." + g.alnum(16)),
                g -> token("settlemint-token", "SETTLEMINT_TOKEN", "sm_" + g.pick("aps", 1) + "at_" + g.alnum(16)),
                g -> token("intra42-client-secret", "FT_CLIENT_SECRET", "s-s4t2ud-" + g.hex(64)),
                g -> token("notion-legacy-token", "NOTION_TOKEN", "secret_" + g.alnum(43)),
                g -> token("clickup-pat", "CLICKUP_TOKEN", "pk_" + g.digits(8) + "_" + TokenSamples.up(g, 32)),
                g -> token("dropbox-short-lived-token", "DROPBOX_TOKEN", "sl.u." + g.urlsafe(150)),
                g -> token("frameio-api-token", "FRAMEIO_TOKEN", "fio-u-" + g.urlsafe(64)),
                g -> token("flexport-api-key", "FLEXPORT_KEY", "shltm_" + g.urlsafe(40)),
                g -> token("teamwork-api-token", "TEAMWORK_TOKEN", "tkn.v1_" + g.alnum(71) + "="));
    }

    private static List<Function<SampleGen, RuleSample>> payments() {
        return List.of(
                g -> token("plaid-access-token", "PLAID_ACCESS_TOKEN", "access-production-" + g.uuid()),
                g -> token("paddle-api-key", "PADDLE_API_KEY", "pdl_live_apikey_" + g.pick(LOWER_DIGITS, 26) + "_"
                        + g.alnum(22) + "_" + g.alnum(3)),
                g -> token("paddle-webhook-secret", "PADDLE_WEBHOOK_SECRET", "pdl_ntfset_" + g.pick(LOWER_DIGITS, 26)
                        + "_" + g.alnum(32)),
                g -> token("pagarme-api-key", "PAGARME_API_KEY", "ak_live_" + g.alnum(30)),
                g -> token("lob-api-key", "LOB_API_KEY", "live_" + g.hex(35)),
                g -> token("tickettailor-api-key", "TT_API_KEY", "sk_" + g.digits(4) + "_" + g.digits(6) + "_"
                        + g.hex(32)),
                g -> token("braintree-sandbox-access-token", "BRAINTREE_TOKEN", "access_token$sandbox$"
                        + g.pick(LOWER_DIGITS, 16) + "$" + g.hex(32)),
                g -> token("shippo-test-token", "SHIPPO_TOKEN", "shippo_test_" + g.hex(40)),
                g -> token("easypost-test-api-key", "EASYPOST_TEST_KEY", "EZTK" + g.hex(54)),
                g -> token("duffel-test-token", "DUFFEL_TOKEN", "duffel_test_" + g.urlsafe(43)));
    }

    private static List<Function<SampleGen, RuleSample>> webhooks() {
        return List.of(
                g -> value("google-chat-webhook", "CHAT_WEBHOOK", "https://chat.googleapis.com/v1/spaces/AAAA"
                        + g.urlsafe(7) + "/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=", g.urlsafe(43)
                        + "%3D", ""),
                g -> token("slack-workflow-trigger", "SLACK_TRIGGER", "https://hooks.slack.com/triggers/T"
                        + TokenSamples.up(g, 10) + "/" + g.digits(13) + "/" + g.hex(32)),
                g -> value("webex-incoming-webhook", "WEBEX_HOOK", "https://webexapis.com/v1/webhooks/incoming/",
                        g.base64Url("ciscospark://us/WEBHOOK/" + g.uuid()), ""),
                g -> value("dingtalk-webhook", "DINGTALK_HOOK", "https://oapi.dingtalk.com/robot/send?access_token=",
                        g.hex(64), ""),
                g -> value("feishu-webhook", "FEISHU_HOOK", "https://open.feishu.cn/open-apis/bot/v2/hook/", g.uuid(),
                        ""),
                g -> value("wecom-webhook", "WECOM_HOOK", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=",
                        g.uuid(), ""),
                g -> token("zapier-webhook", "ZAPIER_HOOK", "https://hooks.zapier.com/hooks/catch/" + g.digits(7) + "/"
                        + g.pick(LOWER_DIGITS, 6) + "/"),
                g -> token("make-webhook", "MAKE_HOOK", "https://hook.eu1.make.com/" + g.pick(LOWER_DIGITS, 32)),
                g -> value("ifttt-webhook-key", "IFTTT_HOOK", "https://maker.ifttt.com/trigger/door_open/with/key/",
                        g.urlsafe(22), ""),
                g -> token("tines-webhook", "TINES_HOOK", "https://shop-" + g.pick(SampleGen.LOWER, 5)
                        + ".tines.com/webhook/" + g.pick(LOWER_DIGITS, 32) + "/" + g.pick(LOWER_DIGITS, 32)),
                g -> value("azure-logic-app-trigger", "LOGIC_APP_URL", "https://prod-27.westeurope.logic.azure.com:443"
                        + "/workflows/" + g.hex(32) + "/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2F"
                        + "triggers%2Fmanual%2Frun&sv=1.0&sig=", g.urlsafe(43), ""));
    }

    static List<Function<SampleGen, RuleSample>> nearMisses() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(List.of(
                g -> miss("hubspot-private-app-token", "pat-xx1-" + g.uuid()),
                g -> miss("intercom-access-token", b64("tik:" + g.uuid() + ":1:0")),
                g -> miss("salesforce-access-token", "00D" + g.alnum(12) + "!" + g.pick(DOTTED, 60)),
                g -> miss("salesforce-refresh-token", "5AEP861" + g.pick(DOTTED, 50)),
                g -> miss("brevo-smtp-key", "xsmtpsib-" + g.hex(64) + "-" + g.alnum(15)),
                g -> miss("posthog-personal-api-key", "phc_" + g.alnum(43)),
                g -> miss("segment-public-api-token", "sgp_" + g.alnum(50)),
                g -> miss("typeform-pat", "tfp_" + g.alnum(30)),
                g -> miss("zoho-oauth-token", "1000." + g.hex(32) + "." + g.hex(31)),
                g -> miss("launchdarkly-access-token", "api-" + g.uuid().replace("-4", "-1")),
                g -> miss("launchdarkly-sdk-key", "mob-" + g.uuid()),
                g -> miss("newrelic-insights-query-key", "NRIQ-" + g.alnum(20)),
                g -> miss("spectralops-token", "spu-" + g.pick(LOWER_DIGITS, 31)),
                g -> miss("stackhawk-api-key", "hawk." + g.alnum(20) + "." + g.alnum(19)),
                g -> miss("adobe-client-secret", "p8e-" + g.alnum(31)),
                g -> miss("maxmind-license-key", g.alnum(6) + "_" + g.alnum(28) + "_mmk"),
                g -> miss("adafruit-io-key", "aio_" + g.alnum(27)),
                g -> miss("ubidots-token", "BBFF-" + g.alnum(29)),
                g -> miss("voiceflow-api-key", "VF.DM." + g.hex(23) + "." + g.alnum(16)),
                g -> miss("settlemint-token", "sm_pat_" + g.alnum(15)),
                g -> miss("intra42-client-secret", "u-s4t2ud-" + g.hex(64)),
                g -> miss("notion-legacy-token", "secret_" + g.alnum(42)),
                g -> miss("clickup-pat", "pk_" + g.digits(8) + "_" + g.pick(LOWER_DIGITS, 32)),
                g -> miss("dropbox-short-lived-token", "javax.net.ssl.keyStore=/etc/ssl/" + g.alnum(20)),
                g -> miss("frameio-api-token", "fio-u-" + g.alnum(63)),
                g -> miss("flexport-api-key", "shltm_" + g.alnum(39)),
                g -> miss("teamwork-api-token", "tkn.v1_" + g.alnum(70) + "=")));
        all.addAll(List.of(
                g -> miss("plaid-access-token", "access-sandbox-" + g.uuid()),
                g -> miss("paddle-api-key", "pdl_sdbx_apikey_" + g.pick(LOWER_DIGITS, 26) + "_" + g.alnum(26)),
                g -> miss("paddle-webhook-secret", "pdl_ntfset_" + g.alnum(10)),
                g -> miss("pagarme-api-key", "ak_test_" + g.alnum(30)),
                g -> miss("lob-api-key", "test_" + g.hex(35)),
                g -> miss("tickettailor-api-key", "sk_" + g.digits(4) + "_" + g.digits(6) + "_" + g.hex(31)),
                g -> miss("braintree-sandbox-access-token", "access_token$sandbox$" + g.pick(LOWER_DIGITS, 16) + "$"
                        + g.hex(31)),
                g -> miss("shippo-test-token", "shippo_test_" + g.hex(39)),
                g -> miss("easypost-test-api-key", "EZTK" + g.hex(53)),
                g -> miss("duffel-test-token", "duffel_test_" + g.alnum(42)),
                g -> miss("google-chat-webhook", "https://chat.googleapis.com/v1/spaces/AAAAxyz/messages?key=AIzaSyDd"
                        + "I0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=" + g.alnum(30)),
                g -> miss("slack-workflow-trigger", "https://hooks.slack.com/triggers/T" + TokenSamples.up(g, 10) + "/"
                        + g.digits(13) + "/" + g.hex(31)),
                g -> miss("webex-incoming-webhook", "https://webexapis.com/v1/webhooks/incoming/" + g.alnum(40)),
                g -> miss("dingtalk-webhook", "https://oapi.dingtalk.com/robot/send?access_token=" + g.hex(63)),
                g -> miss("feishu-webhook", "https://open.feishu.cn/open-apis/bot/v2/hook/" + g.hex(32)),
                g -> miss("wecom-webhook", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + g.alnum(10)),
                g -> miss("zapier-webhook", "https://hooks.zapier.com/hooks/catch/abc/"),
                g -> miss("make-webhook", "https://hook.eu1.make.com/" + g.pick(LOWER_DIGITS, 31)),
                g -> miss("ifttt-webhook-key", "https://maker.ifttt.com/trigger/door_open/with/key/" + g.alnum(21)),
                g -> miss("tines-webhook", "https://shop.tines.com/webhook/" + g.pick(LOWER_DIGITS, 32) + "/"
                        + g.pick(LOWER_DIGITS, 31)),
                g -> miss("azure-logic-app-trigger", "https://prod-27.westeurope.logic.azure.com:443/workflows/"
                        + g.hex(32) + "/triggers/manual/paths/invoke?api-version=2016-10-01")));
        return all;
    }
}
