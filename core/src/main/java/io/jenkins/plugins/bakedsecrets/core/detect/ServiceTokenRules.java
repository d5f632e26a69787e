package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.AI;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.PAYMENT;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.WEBHOOK;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.LOW;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.ArrayList;
import java.util.List;

/** Built-in rules for messaging, payment and AI services. */
final class ServiceTokenRules {
    private static final String MAIL = TOKEN + " Sends mail as the organisation (phishing) and reads contacts.";
    private static final String OPENAI_BODY = "[A-Za-z0-9_-]{20,150}T3BlbkFJ[A-Za-z0-9_-]{20,150}";
    /** Twilio key SIDs: SK and a hex digit, one keyword per digit. */
    private static final String[] HEX_AFTER_SK = "0123456789abcdef".chars().mapToObj(c -> "sk" + (char) c)
            .toArray(String[]::new);

    private ServiceTokenRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(messaging());
        all.addAll(payments());
        all.addAll(ai());
        return all;
    }

    private static List<Rule> messaging() {
        return List.of(
                token("discord-bot-token", "Discord bot token", HIGH, TOKEN + " Acts as the bot in every server.",
                        "(?i:discord|bot)[^\\n]{0,40}?\\b([MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\."
                                + "[A-Za-z0-9_-]{27,38})" + END, "discord"),
                token("discord-webhook", "Discord webhook URL", MEDIUM, WEBHOOK,
                        "(https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/"
                                + "[A-Za-z0-9_-]{60,68})", "/api/webhooks/"),
                token("microsoft-teams-webhook", "Microsoft Teams incoming webhook URL", MEDIUM, WEBHOOK,
                        "(https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/"
                                + "IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]+)?)",
                        "webhook.office.com"),
                token("telegram-bot-token", "Telegram bot token", HIGH, TOKEN + " Reads and sends the bot's messages.",
                        "\\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})" + END, ":aa"),
                token("twilio-api-key", "Twilio API key SID", HIGH, TOKEN + " Sends SMS and calls billed to the owner.",
                        // Literal start for RE2/J's prefix skip. One keyword per hex digit after SK: no keyword is
                        // shorter than three characters, which keeps the prefilter to one table lookup a byte.
                        "SK[0-9a-f]{32}\\b", HEX_AFTER_SK),
                prefixed("sendgrid-api-key", "SendGrid API key", HIGH, MAIL, "SG.",
                        "[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
                prefixed("mailgun-api-key", "Mailgun API key", HIGH, MAIL, "key-", "[0-9a-f]{32}"),
                token("mailchimp-api-key", "Mailchimp API key", HIGH, MAIL, "\\b([0-9a-f]{32}-us[0-9]{1,2})\\b", "-us"),
                prefixed("brevo-api-key", "Brevo (Sendinblue) API key", HIGH, MAIL, "xkeysib-",
                        "[a-f0-9]{64}-[A-Za-z0-9]{16}"));
    }

    private static List<Rule> payments() {
        return List.of(
                prefixed("stripe-webhook-secret", "Stripe webhook signing secret", HIGH,
                        "Forges payment events the application trusts.", "whsec_", "[A-Za-z0-9+/=]{32,}"),
                prefixed("stripe-test-key", "Stripe test-mode secret key", LOW,
                        "Test mode moves no real money, but exposes test data and account settings.", "sk_test_",
                        "[0-9A-Za-z]{24,247}"),
                prefixed("square-access-token", "Square access token", CRITICAL, PAYMENT, "EAAA", "[A-Za-z0-9_-]{60}"),
                prefixed("square-legacy-token", "Square legacy access token", CRITICAL, PAYMENT, "sq0atp-",
                        "[A-Za-z0-9_-]{22}"),
                prefixed("square-oauth-secret", "Square OAuth application secret", HIGH, PAYMENT, "sq0csp-",
                        "[A-Za-z0-9_-]{43}"),
                token("braintree-access-token", "PayPal Braintree production access token", CRITICAL, PAYMENT,
                        "(access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b", "access_token$production$"),
                prefixed("shopify-access-token", "Shopify admin API access token", HIGH, PAYMENT, "shpat_",
                        "[a-fA-F0-9]{32}"),
                prefixed("shopify-custom-app-token", "Shopify custom app access token", HIGH, PAYMENT, "shpca_",
                        "[a-fA-F0-9]{32}"),
                prefixed("shopify-private-app-token", "Shopify private app password", HIGH, PAYMENT, "shppa_",
                        "[a-fA-F0-9]{32}"),
                prefixed("shopify-shared-secret", "Shopify app shared secret", HIGH, PAYMENT, "shpss_",
                        "[a-fA-F0-9]{32}"),
                token("flutterwave-secret-key", "Flutterwave secret key", CRITICAL, PAYMENT,
                        "\\b(FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)" + END, "flwseck"),
                prefixed("shippo-live-token", "Shippo live API token", HIGH, PAYMENT, "shippo_live_", "[a-f0-9]{40}"),
                prefixed("easypost-api-key", "EasyPost production API key", HIGH, PAYMENT, "EZAK", "[a-f0-9]{54}"),
                prefixed("duffel-token", "Duffel live access token", HIGH, PAYMENT, "duffel_live_",
                        "[A-Za-z0-9_-]{43}"));
    }

    private static List<Rule> ai() {
        return List.of(
                prefixed("openai-project-key", "OpenAI project API key", HIGH, AI, "sk-proj-", OPENAI_BODY),
                prefixed("openai-service-account-key", "OpenAI service account key", HIGH, AI, "sk-svcacct-",
                        OPENAI_BODY),
                prefixed("openai-admin-key", "OpenAI admin key", CRITICAL, AI + " Manages the whole organisation.",
                        "sk-admin-", OPENAI_BODY),
                token("openai-api-key", "OpenAI API key (legacy)", HIGH, AI,
                        "\\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + END, "t3blbkfj"),
                prefixed("anthropic-api-key", "Anthropic API key", HIGH, AI, "sk-ant-api03-", "[A-Za-z0-9_-]{93}AA"),
                prefixed("anthropic-admin-key", "Anthropic admin key", CRITICAL, AI + " Manages the organisation.",
                        "sk-ant-admin01-", "[A-Za-z0-9_-]{93}AA"),
                prefixed("huggingface-token", "Hugging Face access token", HIGH, AI, "hf_", "[A-Za-z]{34}"),
                prefixed("huggingface-org-token", "Hugging Face organization token", HIGH, AI, "api_org_",
                        "[A-Za-z]{34}"),
                prefixed("groq-api-key", "Groq API key", HIGH, AI, "gsk_", "[A-Za-z0-9]{52}"),
                prefixed("replicate-api-token", "Replicate API token", HIGH, AI, "r8_", "[A-Za-z0-9]{37}"),
                prefixed("perplexity-api-key", "Perplexity API key", HIGH, AI, "pplx-", "[a-f0-9]{48}"),
                prefixed("xai-api-key", "xAI API key", HIGH, AI, "xai-", "[A-Za-z0-9]{80}"),
                token("langsmith-api-key", "LangSmith API key", HIGH, AI + " Reads traced prompts and outputs.",
                        "\\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})" + END, "lsv2_"));
    }
}
