package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.ContextService.of;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.AI;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.PAYMENT;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.alnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.hex;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.literal;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.lowerAlnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.run;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.upperAlnum;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.urlsafe;
import static io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.uuid;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.LOW;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import io.jenkins.plugins.bakedsecrets.core.detect.ValueShape.Alphabet;
import java.util.ArrayList;
import java.util.List;

/**
 * The context-keyed table, part two: messaging, business SaaS, payments, AI and data APIs (see
 * {@link ContextServices}).
 */
final class ContextSaasServices {
    private static final String MAIL = TOKEN + " Sends mail or messages as the organisation and reads contacts.";
    private static final String CRM = TOKEN + " Reads and changes the organisation's business records.";
    private static final String DATA = "Calls a data API billed to the owner; reaches none of the owner's own data.";
    private static final String SECURITY = "Calls a security data API billed to the owner; the queries reveal what "
            + "the owner investigates.";

    private ContextSaasServices() {
    }

    static List<ContextService> all() {
        List<ContextService> all = new ArrayList<>(messaging());
        all.addAll(business());
        all.addAll(payments());
        all.addAll(ai());
        all.addAll(data());
        return all;
    }

    private static List<ContextService> messaging() {
        return List.of(
                of("twilio-auth-token", "Twilio auth token", CRITICAL, "The account's master credential.", hex(32),
                        "twilio").words("token", "auth"),
                of("postmark-server-token", "Postmark server token", HIGH, MAIL, uuid(), "postmark")
                        .words("token", "key", "apikey"),
                of("messagebird-api-key", "MessageBird API key", HIGH, MAIL, urlsafe(25), "messagebird",
                        "message_bird"),
                of("mailjet-secret-key", "Mailjet API secret key", HIGH, MAIL, hex(32), "mailjet").words("secret"),
                of("mandrill-api-key", "Mandrill (Mailchimp Transactional) API key", HIGH, MAIL, urlsafe(22),
                        "mandrill"),
                of("sparkpost-api-key", "SparkPost API key", HIGH, MAIL, hex(40), "sparkpost"),
                of("mailerlite-api-key", "MailerLite API key", HIGH, MAIL, hex(32), "mailerlite"),
                of("sendbird-api-token", "Sendbird API token", HIGH, MAIL, hex(40), "sendbird"),
                of("plivo-auth-token", "Plivo auth token", HIGH, MAIL, urlsafe(40), "plivo").words("token", "auth"),
                of("vonage-api-secret", "Vonage (Nexmo) API secret", HIGH, MAIL, alnum(16), "vonage", "nexmo")
                        .words("secret"),
                of("pusher-app-secret", "Pusher Channels app secret", MEDIUM, "Publishes to and authorises "
                        + "private channels.", lowerAlnum(20), "pusher").words("secret"),
                of("slack-signing-secret", "Slack app signing secret", MEDIUM, "Forges Slack requests the app "
                        + "trusts.", hex(32), "slack").words("signing"),
                of("line-channel-secret", "LINE channel secret", MEDIUM, "Forges webhook events the bot trusts.",
                        hex(32), "line_channel", "linechannel", "line-channel").words("secret"),
                of("customerio-app-api-key", "Customer.io App API key", HIGH, MAIL, hex(32), "customerio",
                        "customer_io", "customer-io", "customer.io"),
                of("customerio-tracking-api-key", "Customer.io tracking API key", MEDIUM, "Adds and changes "
                        + "customer profiles and events.", hex(20), "customerio", "customer_io", "customer-io",
                        "customer.io"),
                of("convertkit-api-secret", "ConvertKit (Kit) API secret", HIGH, MAIL, urlsafe(43), "convertkit")
                        .words("secret"),
                of("courier-api-key", "Courier auth token", HIGH, MAIL, ValueShape.of(literal("pk_prod_",
                        "pk_test_"), run(Alphabet.ALNUM, 28)), "courier"));
    }

    private static List<ContextService> business() {
        return List.of(
                of("adzuna-app-key", "Adzuna API application key", MEDIUM, DATA, hex(32), "adzuna"),
                of("aha-api-key", "Aha! API key", HIGH, CRM, hex(64), "aha"),
                of("bannerbear-api-key", "Bannerbear API key", MEDIUM, TOKEN + " Renders images billed to the "
                        + "owner.", ValueShape.of(run(Alphabet.ALNUM, 22), literal("tt")), "bannerbear"),
                of("box-client-secret", "Box OAuth client secret", HIGH, "With the client id it obtains tokens "
                        + "for the enterprise's files.", alnum(32), "box").words("secret"),
                of("box-developer-token", "Box developer token", HIGH, TOKEN + " Reads and changes the user's "
                        + "files.", alnum(32), "box").words("token"),
                of("browserstack-access-key", "BrowserStack access key", MEDIUM, TOKEN + " Runs tests billed to "
                        + "the account and reads their recordings.", alnum(20), "browserstack"),
                of("censys-api-secret", "Censys API secret", MEDIUM, SECURITY, alnum(32), "censys")
                        .words("secret"),
                of("chartmogul-api-key", "ChartMogul API key", HIGH, CRM + " Revenue and subscriber data.",
                        lowerAlnum(32), "chartmogul"),
                of("clearbit-api-key", "Clearbit API key", MEDIUM, DATA, ValueShape.of(literal("sk_"),
                        run(Alphabet.HEX, 32)), "clearbit"),
                of("clockify-api-key", "Clockify API key", MEDIUM, CRM, alnum(48), "clockify"),
                of("close-api-key", "Close CRM API key", HIGH, CRM, ValueShape.of(literal("api_"),
                        run(Alphabet.ALNUM, 10, 30), literal("."), run(Alphabet.ALNUM, 10, 30)), "closecrm",
                        "close_api", "close-api", "closeio", "close.com", "close_key"),
                of("foursquare-client-secret", "Foursquare client secret", MEDIUM, DATA, upperAlnum(48),
                        "foursquare").words("secret"),
                of("freshdesk-api-key", "Freshdesk API key", HIGH, CRM + " Support tickets and customer contacts.",
                        alnum(20), "freshdesk"),
                of("zendesk-api-token", "Zendesk API token", HIGH, CRM + " Support tickets and customer contacts.",
                        alnum(40), "zendesk"),
                of("hubspot-legacy-api-key", "HubSpot API key (legacy)", HIGH, CRM, uuid(), "hubspot", "hapikey")
                        .words("key", "apikey", "hapikey"),
                of("pipedrive-api-token", "Pipedrive API token", HIGH, CRM, alnum(40), "pipedrive"),
                of("todoist-api-token", "Todoist API token", MEDIUM, CRM, hex(40), "todoist"),
                of("toggl-api-token", "Toggl Track API token", MEDIUM, CRM, hex(32), "toggl"),
                of("trello-api-token", "Trello API token", HIGH, CRM, hex(64), "trello").words("token"),
                of("jotform-api-key", "Jotform API key", MEDIUM, CRM + " Form submissions.", lowerAlnum(32),
                        "jotform"),
                of("webflow-api-token", "Webflow API token", HIGH, TOKEN + " Publishes and changes the sites.",
                        hex(64), "webflow"),
                of("cloudinary-api-secret", "Cloudinary API secret", HIGH, "Uploads, changes and deletes the "
                        + "account's media.", urlsafe(27), "cloudinary").words("secret"),
                of("fastly-api-token", "Fastly API token", HIGH, TOKEN + " Controls CDN configuration.", urlsafe(32),
                        "fastly").words("token", "key", "apikey"),
                of("algolia-admin-key", "Algolia admin API key", HIGH, "Changes and deletes search indices.", hex(32),
                        "algolia").words("admin"));
    }

    private static List<ContextService> payments() {
        return List.of(
                of("paypal-client-secret", "PayPal REST client secret", CRITICAL, PAYMENT, urlsafe(80), "paypal")
                        .words("secret"),
                of("razorpay-key-secret", "Razorpay key secret", CRITICAL, PAYMENT, alnum(24), "razorpay")
                        .words("secret"),
                of("plaid-secret", "Plaid API secret", HIGH, "Reads linked bank accounts and transactions.",
                        hex(30), "plaid").words("secret"),
                of("recurly-api-key", "Recurly API key", HIGH, PAYMENT, hex(32), "recurly"),
                of("woocommerce-consumer-secret", "WooCommerce REST API consumer secret", HIGH, PAYMENT,
                        ValueShape.of(literal("cs_"), run(Alphabet.HEX, 40)), "woocommerce", "wc_consumer")
                        .words("secret"),
                of("binance-api-secret", "Binance API secret", CRITICAL, "Trades and may withdraw the account's "
                        + "funds.", alnum(64), "binance").words("secret", "key", "apikey"));
    }

    private static List<ContextService> ai() {
        return List.of(
                of("cohere-api-key", "Cohere API key", HIGH, AI, alnum(40), "cohere", "co_api_key"),
                of("mistral-api-key", "Mistral API key", HIGH, AI, alnum(32), "mistral"),
                of("assemblyai-api-key", "AssemblyAI API key", HIGH, AI, hex(32), "assemblyai", "assembly_ai"),
                of("deepgram-api-key", "Deepgram API key", HIGH, AI, hex(40), "deepgram"),
                of("elevenlabs-legacy-api-key", "ElevenLabs API key (legacy hex)", HIGH, AI, hex(32), "elevenlabs",
                        "eleven_labs", "xi_api_key", "xi-api-key"),
                of("clarifai-pat", "Clarifai personal access token", HIGH, AI, alnum(32), "clarifai"),
                of("pinecone-legacy-api-key", "Pinecone API key (legacy UUID)", HIGH, AI + " Reads and deletes "
                        + "vector indexes.", uuid(), "pinecone"),
                of("rapidapi-key", "RapidAPI key", HIGH, TOKEN + " Calls every API the account subscribes to, "
                        + "billed to it.", urlsafe(50), "rapidapi"));
    }

    private static List<ContextService> data() {
        return List.of(
                of("agora-app-certificate", "Agora app certificate", MEDIUM, "Signs access tokens for the app's "
                        + "channels.", hex(32), "agora").words("certificate", "cert", "secret"),
                of("blocknative-api-key", "Blocknative API key", MEDIUM, DATA, uuid(), "blocknative"),
                of("infura-project-secret", "Infura project secret", MEDIUM, DATA, hex(32), "infura")
                        .words("secret"),
                of("alchemy-api-key", "Alchemy API key", MEDIUM, DATA, urlsafe(32), "alchemy"),
                of("etherscan-api-key", "Etherscan API key", LOW, DATA, upperAlnum(34), "etherscan", "bscscan",
                        "polygonscan"),
                of("pinata-api-secret", "Pinata API secret", MEDIUM, "Pins and unpins the account's IPFS content.",
                        lowerAlnum(64), "pinata").words("secret"),
                of("shodan-api-key", "Shodan API key", MEDIUM, SECURITY, alnum(32), "shodan"),
                of("virustotal-api-key", "VirusTotal API key", MEDIUM, SECURITY, hex(64), "virustotal"),
                of("securitytrails-api-key", "SecurityTrails API key", MEDIUM, SECURITY, alnum(32),
                        "securitytrails"),
                of("geocodio-api-key", "Geocodio API key", LOW, DATA, lowerAlnum(39), "geocodio"),
                of("openweather-api-key", "OpenWeather API key", LOW, DATA, hex(32), "openweather"),
                of("newsapi-key", "News API key", LOW, DATA, hex(32), "newsapi", "news_api"),
                of("finnhub-api-key", "Finnhub API key", LOW, DATA, lowerAlnum(20), "finnhub"),
                of("ipinfo-token", "IPinfo access token", LOW, DATA, hex(14), "ipinfo"),
                of("ipstack-api-key", "ipstack API key", LOW, DATA, hex(32), "ipstack"),
                of("opencage-api-key", "OpenCage geocoding API key", LOW, DATA, hex(32), "opencage"),
                of("yelp-api-key", "Yelp Fusion API key", MEDIUM, DATA, urlsafe(128), "yelp"),
                of("unsplash-access-key", "Unsplash access key", LOW, DATA, urlsafe(43), "unsplash"));
    }
}
