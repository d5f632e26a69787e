package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.Embedded.value;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.raw;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Real-format samples of Azure keys and connection strings. Identifiable keys are generated the way Microsoft's
 * libraries make them: random bytes with the signature at its offset, then the Marvin32 checksum of everything
 * before the last four bytes under the kind's seed.
 */
final class AzureSamples {
    static final String B64 = SampleGen.BASE64;

    private AzureSamples() {
    }

    /** Where the signature sits: characters before it, the class of the one after, characters after, padding. */
    enum Layout {
        LONG64(76, "AQgw", 5, "=="), SHORT32(33, "ABCDEFGHIJKLMNOP", 5, "="), SHORT39(42, "ABCD", 5, ""),
        FUNCTION(44, "AQgw", 5, "==");

        final int before;
        final String next;
        final int after;
        final String padding;

        Layout(int before, String next, int after, String padding) {
            this.before = before;
            this.next = next;
            this.after = after;
            this.padding = padding;
        }
    }

    /** An identifiable key of {@code ruleId}'s shape whose checksum matches the seed named {@code seed}. */
    static String identifiable(SampleGen g, String ruleId, Layout layout, String signature, String seed) {
        Pattern shape = Pattern.compile(RuleSet.builtIn().byId(ruleId).orElseThrow().regex());
        String alphabet = "azure-search-key".equals(ruleId) ? SampleGen.ALNUM : B64;
        for (int attempt = 0; attempt < 200; attempt++) {
            String text = g.pick(alphabet, layout.before) + signature + g.pick(layout.next, 1)
                    + g.pick(alphabet, layout.after) + layout.padding;
            byte[] key = IdentifiableKeys.decode(text);
            int sum = Marvin.hash32(key, key.length - 4, IdentifiableKeys.seed(seed));
            for (int i = 0; i < 4; i++) {
                key[key.length - 4 + i] = (byte) (sum >>> (8 * i));
            }
            String encoded = Base64.getEncoder().encodeToString(key);
            encoded = layout.padding.isEmpty() ? encoded.replace("=", "") : encoded;
            encoded = layout == Layout.FUNCTION ? encoded.replace('+', '-').replace('/', '_') : encoded;
            if (shape.matcher(encoded).matches()) {
                return encoded;
            }
        }
        throw new IllegalStateException("no " + ruleId + " sample after 200 attempts");
    }

    /** A common annotated key: 52 random, JQQJ99, year and month, 12 reserved, the provider part, checksum. */
    static String annotated(SampleGen g, String provider) {
        return g.alnum(52) + "JQQJ99" + g.alnum(1) + g.pick("ABCDEFGHIJKL", 1) + g.alnum(12) + provider + g.alnum(4);
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(identifiableKeys());
        all.addAll(connectionStrings());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> identifiableKeys() {
        return List.of(
                g -> key(g, "azure-storage-identifiable-key", Layout.LONG64, "+ASt", "Default0"),
                g -> key(g, "azure-cosmos-db-key", Layout.LONG64, "ACDb", "MastRW00"),
                g -> key(g, "azure-cache-redis-key", Layout.SHORT32, "AzCa", "Access00"),
                g -> key(g, "azure-search-key", Layout.SHORT39, "AzSe", "PAdmin00"),
                g -> key(g, "azure-search-key", Layout.SHORT39, "AzSe", "Query000"),
                g -> key(g, "azure-batch-key", Layout.LONG64, "+ABa", "AbAcct00"),
                g -> key(g, "azure-ml-classic-key", Layout.LONG64, "+AMC", "Classic0"),
                g -> key(g, "azure-function-key", Layout.FUNCTION, "AzFu", "Master00"),
                g -> key(g, "azure-service-bus-key", Layout.SHORT32, "+ASb", "Send0000"),
                g -> key(g, "azure-event-hub-key", Layout.SHORT32, "+AEh", "Listen00"),
                g -> key(g, "azure-relay-key", Layout.SHORT32, "+ARm", "Manage00"),
                g -> key(g, "azure-event-grid-key", Layout.SHORT32, "AZEG", "SendRecv"),
                g -> key(g, "azure-iot-key", Layout.SHORT32, "AIoT", "Device00"),
                g -> key(g, "azure-api-management-key", Layout.LONG64, "APIM", "Gatewy00"),
                g -> key(g, "azure-container-registry-key", Layout.SHORT39, "+ACR", "ACRDflt0"),
                g -> token("azure-devops-annotated-pat", "AZDO_PAT", annotated(g, "AAAAAZDO")),
                g -> token("azure-ai-services-key", "AZURE_OPENAI_API_KEY", annotated(g, "AAABACOG")),
                g -> token("azure-annotated-key", "AZURE_MAPS_KEY", annotated(g, "AAAAAZMP")));
    }

    private static List<Function<SampleGen, RuleSample>> connectionStrings() {
        return List.of(
                g -> value("azure-cosmos-db-connection-string", "COSMOS_CONNECTION", "AccountEndpoint=https://shop-"
                        + lower(g) + ".documents.azure.com:443/;AccountKey=", g.base64Bytes(64), ";"),
                g -> value("azure-app-configuration-connection-string", "APPCONFIG", "Endpoint=https://appcs-" + lower(g)
                        + ".azconfig.io;Id=" + g.alnum(4) + "-l0-s0:" + g.alnum(20) + ";Secret=", g.base64Bytes(32), ""),
                g -> value("azure-service-bus-connection-string", "SERVICEBUS", "Endpoint=sb://orders-" + lower(g)
                        + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=",
                        g.base64Bytes(32), ""),
                g -> value("azure-iot-connection-string", "IOTHUB", "HostName=plant-" + lower(g) + ".azure-devices.net;"
                        + "SharedAccessKeyName=iothubowner;SharedAccessKey=", g.base64Bytes(32), ""),
                g -> value("azure-signalr-connection-string", "SIGNALR", "Endpoint=https://chat-" + lower(g)
                        + ".service.signalr.net;AccessKey=", g.base64Bytes(32), ";Version=1.0;"),
                g -> value("azure-communication-connection-string", "ACS", "endpoint=https://notify-" + lower(g)
                        + ".communication.azure.com/;accesskey=", g.base64Bytes(64), ""),
                g -> Embedded.file("azure-publish-profile-password", "/app/Properties/shop.PublishSettings", 2,
                        "<publishData>\n  <publishProfile profileName=\"shop - Web Deploy\" publishMethod=\"MSDeploy\" "
                                + "userName=\"$shop\" userPWD=\"", g.alnum(60), "\" destinationAppUrl=\"https://shop."
                                + "azurewebsites.net\"/>\n</publishData>\n"));
    }

    private static String lower(SampleGen g) {
        return g.pick(SampleGen.LOWER, 6);
    }

    /** Near misses: the signature one character off, a wrong annotated signature, a host of another service. */
    static List<Function<SampleGen, RuleSample>> nearMisses() {
        return List.of(
                g -> shifted(g, "azure-storage-identifiable-key", Layout.LONG64, "+ASt", "Default0"),
                g -> shifted(g, "azure-cosmos-db-key", Layout.LONG64, "ACDb", "MastRW00"),
                g -> shifted(g, "azure-cache-redis-key", Layout.SHORT32, "AzCa", "Access00"),
                g -> shifted(g, "azure-search-key", Layout.SHORT39, "AzSe", "Query000"),
                g -> shifted(g, "azure-batch-key", Layout.LONG64, "+ABa", "AbAcct00"),
                g -> shifted(g, "azure-ml-classic-key", Layout.LONG64, "+AMC", "Classic0"),
                g -> shifted(g, "azure-function-key", Layout.FUNCTION, "AzFu", "Functi00"),
                g -> shifted(g, "azure-service-bus-key", Layout.SHORT32, "+ASb", "Send0000"),
                g -> shifted(g, "azure-event-hub-key", Layout.SHORT32, "+AEh", "Send0000"),
                g -> shifted(g, "azure-relay-key", Layout.SHORT32, "+ARm", "Send0000"),
                g -> shifted(g, "azure-event-grid-key", Layout.SHORT32, "AZEG", "SendRecv"),
                g -> shifted(g, "azure-iot-key", Layout.SHORT32, "AIoT", "IoTHub00"),
                g -> shifted(g, "azure-api-management-key", Layout.LONG64, "APIM", "Tenant00"),
                g -> shifted(g, "azure-container-registry-key", Layout.SHORT39, "+ACR", "ACRDflt0"),
                g -> token("azure-devops-annotated-pat", "SETTING", annotated(g, "AAAAAZDX")),
                g -> token("azure-ai-services-key", "SETTING", annotated(g, "AAABACOX")),
                g -> token("azure-annotated-key", "SETTING", annotated(g, "AAAAAZMP").replace("JQQJ99", "JQQJ98")),
                g -> token("azure-cosmos-db-connection-string", "SETTING", "AccountEndpoint=https://localhost:8081/;"
                        + "AccountKey=" + g.base64Bytes(64)),
                g -> token("azure-app-configuration-connection-string", "SETTING", "Endpoint=https://appcs.azconfig.io;"
                        + "Id=x;Secret=" + g.alnum(20)),
                g -> token("azure-service-bus-connection-string", "SETTING", "Endpoint=sb://orders.bus.example.net/;"
                        + "SharedAccessKeyName=Root;SharedAccessKey=" + g.base64Bytes(32)),
                g -> token("azure-iot-connection-string", "SETTING", "HostName=plant.azure-devices.net;"
                        + "SharedAccessKeyName=iothubowner;SharedAccessKey=" + g.alnum(30)),
                g -> token("azure-signalr-connection-string", "SETTING", "Endpoint=https://chat.signalr.example.com;"
                        + "AccessKey=" + g.base64Bytes(32)),
                g -> token("azure-communication-connection-string", "SETTING", "endpoint=https://notify.communication"
                        + ".azure.com/;accesskey=" + g.alnum(40)),
                g -> raw("azure-publish-profile-password", "/app/site.PublishSettings", "<publishProfile userPWD=\""
                        + g.alnum(12) + "\"/>\n", 1, ""));
    }

    private static RuleSample key(SampleGen g, String ruleId, Layout layout, String signature, String seed) {
        return token(ruleId, "AZURE_KEY", identifiable(g, ruleId, layout, signature, seed));
    }

    /** A valid key with its first character dropped: the signature now sits one character early. */
    private static RuleSample shifted(SampleGen g, String ruleId, Layout layout, String signature, String seed) {
        return token(ruleId, "SETTING", identifiable(g, ruleId, layout, signature, seed).substring(1));
    }
}
