package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.AI;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in rules for Azure keys that name their service in their own text. Identifiable keys carry a service
 * signature at a fixed offset and a Marvin32 checksum ({@link IdentifiableKeys}); common annotated keys (84 or 88
 * characters) carry {@code JQQJ99}, the issue month and a provider signature. Signatures and offsets are those
 * Microsoft publishes in its security-utilities patterns.
 */
final class AzureKeyRules {
    private static final String B64 = "[A-Za-z0-9+/]";
    private static final String URL64 = "[A-Za-z0-9_-]";
    private static final String ALNUM = "[A-Za-z0-9]";
    private static final String BEFORE = "(?:^|[^A-Za-z0-9+/_-])";
    private static final String AFTER = "(?:[^A-Za-z0-9+/=_-]|$)";
    private static final String[] MESSAGING = {"Send0000", "Listen00", "Manage00", "System00", "Unknown0"};
    private static final String ANNOTATED = "(?:^|[^A-Za-z0-9])(" + ALNUM + "{52}JQQJ99" + ALNUM + "[A-L]" + ALNUM
            + "{12}";
    private static final String ANNOTATED_END = ALNUM + "{4}(?:" + ALNUM + "{2}==)?)(?:[^A-Za-z0-9+/=]|$)";

    private AzureKeyRules() {
    }

    static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(dataKeys());
        all.addAll(serviceKeys());
        all.addAll(annotated());
        return all;
    }

    private static List<Rule> dataKeys() {
        return List.of(
                key("azure-storage-identifiable-key", "Azure Storage account key (identifiable)", CRITICAL,
                        "Full control of every blob, queue, table and file share in the account.", long64("\\+ASt"),
                        "+ast", "Default0"),
                key("azure-cosmos-db-key", "Azure Cosmos DB account key", CRITICAL,
                        "Reads and writes every database of the account.", long64("ACDb"), "acdb", "SysAll00",
                        "Resour00", "MastRO00", "SystRO00", "Encryp00", "MastRW00", "SystRW00"),
                key("azure-cache-redis-key", "Azure Cache for Redis access key", HIGH,
                        "Reads and writes everything in the cache (sessions, tokens).", short32("AzCa"), "azca",
                        "Access00"),
                key("azure-search-key", "Azure AI Search admin or query key", HIGH,
                        "An admin key changes indexes and their data; a query key reads every indexed document.",
                        short39("AzSe", ALNUM), "azse", "PAdmin00", "Query000"),
                key("azure-batch-key", "Azure Batch account key", HIGH, "Runs compute jobs billed to the account.",
                        long64("\\+ABa"), "+aba", "AbAcct00"),
                key("azure-ml-classic-key", "Azure Machine Learning (classic) web service key", MEDIUM,
                        "Calls one classic web service, billed to the owner.", long64("\\+AMC"), "+amc", "Classic0"));
    }

    private static List<Rule> serviceKeys() {
        return List.of(
                Rule.builder("azure-function-key", "Azure Functions access key", HIGH)
                        .reason("Invokes the app's functions; a master key also manages them.").keywords("azfu")
                        .regex("(?:^|[^A-Za-z0-9_-])(" + URL64 + "{44}AzFu" + URL64 + "{5}[AQgw]==)"
                                + "(?:[^A-Za-z0-9=_-]|$)")
                        .validator(IdentifiableKeys.checksum("Functi00", "Master00", "System00")).build(),
                key("azure-service-bus-key", "Azure Service Bus access key", HIGH,
                        "Sends, receives or manages the namespace's queue and topic messages.", short32("\\+ASb"),
                        "+asb", MESSAGING),
                key("azure-event-hub-key", "Azure Event Hubs access key", HIGH,
                        "Sends or reads the hub's event streams.", short32("\\+AEh"), "+aeh", MESSAGING),
                key("azure-relay-key", "Azure Relay access key", HIGH,
                        "Opens relayed connections to the namespace's listeners.", short32("\\+ARm"), "+arm",
                        MESSAGING),
                key("azure-event-grid-key", "Azure Event Grid access key", MEDIUM,
                        "Publishes events that subscribers act on.", short32("AZEG"), "azeg", "SendRecv"),
                key("azure-iot-key", "Azure IoT Hub or device key", HIGH,
                        "Controls devices, or the hub's registry and messages.", short32("AIoT"), "aiot", "IoTHub00",
                        "DpsKey00", "Device00"),
                key("azure-api-management-key", "Azure API Management key", HIGH,
                        "Calls or manages the APIs behind the gateway.", long64("APIM"), "apim", "Tenant00",
                        "IoTHub00", "Gatewy00", "GitKey00"),
                key("azure-container-registry-key", "Azure Container Registry access key", HIGH,
                        "Pushes and pulls the registry's images: a supply-chain foothold.", short39("\\+ACR", B64),
                        "+acr", "ACRDflt0"));
    }

    private static List<Rule> annotated() {
        return List.of(
                annotated("azure-devops-annotated-pat", "Azure DevOps personal access token (84 characters)",
                        TOKEN + " Reaches repos and pipelines.", "AAAAAZDO"),
                annotated("azure-ai-services-key", "Azure AI services / Azure OpenAI key", AI, ALNUM + "{4}ACOG"),
                annotated("azure-annotated-key", "Azure key in the common annotated format",
                        "A key of an Azure service (App Configuration, Maps, Communication Services, ...).",
                        ALNUM + "{8}"));
    }

    /** A 64-byte key: 76 characters, the signature, five characters, one of four, {@code ==}. */
    private static String long64(String signature) {
        return BEFORE + "(" + B64 + "{76}" + signature + B64 + "{5}[AQgw]==)" + AFTER;
    }

    /** A 32-byte key: 33 characters, the signature, a character whose upper bits are zero, five characters, '='. */
    private static String short32(String signature) {
        return BEFORE + "(" + B64 + "{33}" + signature + "[A-P]" + B64 + "{5}=)" + AFTER;
    }

    /** A 39-byte key without padding: 42 characters, the signature, one of A-D, five characters. */
    private static String short39(String signature, String alphabet) {
        return BEFORE + "(" + alphabet + "{42}" + signature + "[A-D]" + alphabet + "{5})" + AFTER;
    }

    private static Rule key(String id, String title, Severity severity, String reason, String regex, String keyword,
                            String... seeds) {
        return Rule.builder(id, title, severity).reason(reason).keywords(keyword).regex(regex)
                .validator(IdentifiableKeys.checksum(seeds)).build();
    }

    private static Rule annotated(String id, String title, String reason, String provider) {
        return Rule.builder(id, title, HIGH).reason(reason).keywords("jqqj99")
                .regex(ANNOTATED + provider + ANNOTATED_END).build();
    }
}
