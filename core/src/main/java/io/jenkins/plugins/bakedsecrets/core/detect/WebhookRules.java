package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.WEBHOOK;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/**
 * Built-in rules for webhook and trigger URLs whose path or query carries the secret: anyone holding the URL can
 * post into the channel or start the workflow. Hosts and paths are the ones the services document.
 */
final class WebhookRules {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String WORKFLOW = "Starts the workflow with attacker-chosen input; its actions may reach "
            + "other systems.";
    /** Where a URL ends in configuration and code. */
    private static final String URL_END = "(?:[\\s\"'<>`]|$)";

    private WebhookRules() {
    }

    static List<Rule> rules() {
        return List.of(
                token("google-chat-webhook", "Google Chat incoming webhook", MEDIUM, WEBHOOK,
                        "https://chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{8,20}/messages\\?key=[A-Za-z0-9_-]{39}"
                                + "&token=([A-Za-z0-9_-]{43}(?:%3D|=)?)", "chat.googleapis.com"),
                token("slack-workflow-trigger", "Slack workflow trigger URL", MEDIUM, WORKFLOW,
                        "(https://hooks\\.slack\\.com/triggers/T[A-Z0-9]{8,12}/[0-9]{10,20}/[a-f0-9]{32})\\b",
                        "hooks.slack.com/triggers/"),
                token("webex-incoming-webhook", "Webex incoming webhook", MEDIUM, WEBHOOK,
                        // The id is base64 of "ciscospark://<region>/WEBHOOK/<uuid>".
                        "https://webexapis\\.com/v1/webhooks/incoming/(Y2lzY29zcGFyazovL[A-Za-z0-9_-]{40,200}={0,2})",
                        "webexapis.com/v1/webhooks/incoming/"),
                token("dingtalk-webhook", "DingTalk robot webhook", MEDIUM, WEBHOOK,
                        "https://oapi\\.dingtalk\\.com/robot/send\\?access_token=([a-f0-9]{64})\\b",
                        "oapi.dingtalk.com"),
                token("feishu-webhook", "Feishu / Lark bot webhook", MEDIUM, WEBHOOK,
                        "https://open\\.(?:feishu\\.cn|larksuite\\.com|larkoffice\\.com)/open-apis/bot/v2/hook/(" + UUID
                                + ")\\b", "/open-apis/bot/v2/hook/"),
                token("wecom-webhook", "WeCom (WeChat Work) group robot webhook", MEDIUM, WEBHOOK,
                        "https://qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=(" + UUID + ")\\b",
                        "qyapi.weixin.qq.com"),
                token("zapier-webhook", "Zapier catch hook URL", MEDIUM, WORKFLOW,
                        "(https://hooks\\.zapier\\.com/hooks/catch/[0-9]{4,12}/[A-Za-z0-9]{5,12}/?)" + URL_END,
                        "hooks.zapier.com/hooks/catch/"),
                token("make-webhook", "Make (Integromat) webhook URL", MEDIUM, WORKFLOW,
                        "(https://hook\\.(?:[a-z0-9]+\\.)?(?:make|integromat)\\.com/[a-z0-9]{32})\\b", "make.com/",
                        "integromat.com/"),
                token("ifttt-webhook-key", "IFTTT Webhooks service key", MEDIUM, WORKFLOW,
                        "https://maker\\.ifttt\\.com/(?:trigger/[A-Za-z0-9_-]+/(?:json/)?with/key|use)/"
                                // Not \b: a key may end in '-', after which \b would need a word character.
                                + "([A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)", "maker.ifttt.com"),
                token("tines-webhook", "Tines webhook URL", MEDIUM, WORKFLOW,
                        "(https://[A-Za-z0-9-]+\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32})\\b",
                        ".tines.com/webhook/"),
                token("azure-logic-app-trigger", "Azure Logic Apps / Power Automate trigger URL", MEDIUM, WORKFLOW,
                        "https://[A-Za-z0-9.-]+\\.(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::443)?/"
                                + "[A-Za-z0-9/._-]*workflows/[0-9a-f]{32}/triggers/[^?\\s\"']+/paths/invoke\\?"
                                + "[^\\s\"'<>]*?\\bsig=([A-Za-z0-9_%-]{43,60})", "logic.azure.com",
                        "powerplatform.com"));
    }
}
