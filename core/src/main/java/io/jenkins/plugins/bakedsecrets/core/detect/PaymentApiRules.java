package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.END;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.PAYMENT;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.prefixed;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.LOW;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/**
 * Built-in rules for payment, banking and shipping APIs beyond the core set: live keys at the severity of money,
 * test-mode keys low (they move no money but expose test data and account settings).
 */
final class PaymentApiRules {
    private static final String TEST_MODE = "Test mode moves no real money, but exposes test data and settings.";

    private PaymentApiRules() {
    }

    static List<Rule> rules() {
        return List.of(
                token("plaid-access-token", "Plaid access token", HIGH,
                        "Reads a user's linked bank accounts, balances and transactions.",
                        "\\b(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                + "[0-9a-f]{12})\\b", "access-production-", "access-development-"),
                prefixed("paddle-api-key", "Paddle live API key", CRITICAL, PAYMENT, "pdl_live_apikey_",
                        "[A-Za-z0-9_]{40,80}"),
                prefixed("paddle-webhook-secret", "Paddle notification (webhook) secret", HIGH,
                        "Forges payment events the application trusts.", "pdl_ntfset_", "[A-Za-z0-9_]{20,80}"),
                prefixed("pagarme-api-key", "Pagar.me live API key", CRITICAL, PAYMENT, "ak_live_", "[A-Za-z0-9]{30}"),
                token("lob-api-key", "Lob live API key", MEDIUM,
                        "Sends physical mail billed to the account and reads its address book.",
                        "\\b(live_[a-f0-9]{35})\\b", "live_"),
                token("tickettailor-api-key", "Ticket Tailor API key", MEDIUM, "Reads orders and attendees' details.",
                        "\\b(sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32})\\b", "sk_"),
                token("braintree-sandbox-access-token", "PayPal Braintree sandbox access token", LOW, TEST_MODE,
                        "(access_token\\$sandbox\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b", "access_token$sandbox$"),
                prefixed("shippo-test-token", "Shippo test API token", LOW, TEST_MODE, "shippo_test_", "[a-f0-9]{40}"),
                prefixed("easypost-test-api-key", "EasyPost test API key", LOW, TEST_MODE, "EZTK", "[a-f0-9]{54}"),
                token("duffel-test-token", "Duffel test access token", LOW, TEST_MODE,
                        "\\b(duffel_test_[A-Za-z0-9_-]{43})" + END, "duffel_test_"));
    }
}
