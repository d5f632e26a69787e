package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.token;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;

import java.util.List;

/**
 * Built-in rules for Azure connection strings and publish profiles: the endpoint's host names the service, the
 * key follows its documented field name. They run before the generic storage connection-string rule, so a Cosmos DB
 * string is reported as Cosmos DB.
 */
final class AzureConnectionRules {
    private static final String KEY44 = "([A-Za-z0-9+/]{43}=)";
    /** A key in Microsoft's common annotated format: 84 characters, or 88 in the long form. */
    private static final String ANNOTATED_KEY = "[A-Za-z0-9+/]{84}(?:[A-Za-z0-9+/]{2}==)?";
    private static final String HOST = "[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*";
    /** Namespaces of the public, China, US Government and German clouds. */
    private static final String SERVICE_BUS = "servicebus\\.(?:windows\\.net|chinacloudapi\\.cn|usgovcloudapi\\.net"
            + "|cloudapi\\.de)";

    private AzureConnectionRules() {
    }

    static List<Rule> rules() {
        return List.of(
                token("azure-cosmos-db-connection-string", "Azure Cosmos DB connection string", CRITICAL,
                        "The account key reads and writes every database of the account.",
                        "AccountEndpoint=https://[a-z0-9-]{3,44}\\.documents\\.azure\\.com(?::443)?/?;\\s*"
                                + "(?i:AccountKey)=([A-Za-z0-9+/]{86}==)", "documents.azure.com"),
                token("azure-app-configuration-connection-string", "Azure App Configuration connection string", HIGH,
                        "Reads (or writes) every setting of the store, which often holds more secrets.",
                        "Endpoint=https://" + HOST + "\\.azconfig\\.io;\\s*Id=[^;\\s\"']+;\\s*"
                                + "Secret=([A-Za-z0-9+/]{40,88}={0,2})", "azconfig.io"),
                token("azure-service-bus-connection-string", "Azure Service Bus / Event Hubs connection string", HIGH,
                        "Sends, reads or manages the namespace's messages and event streams.",
                        "Endpoint=sb://" + HOST + "\\." + SERVICE_BUS + "/?;\\s*SharedAccessKeyName=[^;\\s\"']+;\\s*"
                                + "SharedAccessKey=" + KEY44, ".servicebus."),
                token("azure-iot-connection-string", "Azure IoT Hub or device connection string", HIGH,
                        "Controls devices, or the hub's registry and messages.",
                        "HostName=" + HOST + "\\.azure-devices(?:-provisioning)?\\.net;\\s*"
                                + "(?:SharedAccessKeyName|DeviceId)=[^;\\s\"']+;\\s*SharedAccessKey=" + KEY44,
                        "azure-devices"),
                token("azure-signalr-connection-string", "Azure SignalR / Web PubSub connection string", HIGH,
                        "Sends messages to every connected client and issues client tokens.",
                        "Endpoint=https://" + HOST + "\\.(?:service\\.signalr\\.net|webpubsub\\.azure\\.com)"
                                + "(?::443)?/?;\\s*AccessKey=([A-Za-z0-9+/]{43}=|" + ANNOTATED_KEY + ")",
                        "signalr.net", "webpubsub.azure.com"),
                token("azure-communication-connection-string", "Azure Communication Services connection string", HIGH,
                        "Sends SMS, e-mail and calls billed to the owner.",
                        "(?i:endpoint)=https://" + HOST + "\\.communication\\.azure\\.com/?;\\s*(?i:accesskey)="
                                + "(" + ANNOTATED_KEY + "|[A-Za-z0-9+/]{86}==)",
                        "communication.azure.com"),
                token("azure-publish-profile-password", "Azure App Service publish profile password", HIGH,
                        "Deploys code to the web app (FTP and Web Deploy).",
                        "userPWD=\"([A-Za-z0-9+/]{40,100}={0,2})\"", "userpwd"));
    }
}
