package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Credentials that vendors print in their documentation, emulators and specifications. They look real and pass
 * every structure check, but they are public by definition (and work, if at all, only against a local emulator),
 * so a match of one of them is no finding. Each entry names the page that publishes it.
 */
final class PublishedExamples {
    /** One published value and where it is published. */
    record Example(String value, String source) {
    }

    static final List<Example> ALL = List.of(
            new Example("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                    "https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key"),
            new Example("C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
                    "https://learn.microsoft.com/azure/cosmos-db/emulator#authentication"),
            new Example("AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI",
                    "https://developers.google.com/workspace/chat/quickstart/webhooks (the key of every Chat webhook URL)"),
            new Example("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "https://docs.stripe.com/keys (the documentation's test key)"),
            new Example("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
                    + "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "https://jwt.io/ (the debugger's example)"),
            new Example("SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2e7c",
                    "https://docs.docker.com/engine/swarm/swarm-tutorial/create-swarm/"),
            new Example("yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
                    "https://git.zx2c4.com/wireguard-tools/about/src/man/wg.8 (the manual's example configuration)"),
            new Example("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk3"
                    + "3yuGBxrMPHi", "https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#test-vector-1"),
            new Example("xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYe"
                    + "SvkzY7d2bhkJ7", "https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#test-vector-1"));

    private static final Set<String> VALUES = ALL.stream().map(Example::value).collect(Collectors.toUnmodifiableSet());

    private PublishedExamples() {
    }

    /** True when {@code secret} is exactly one of the published examples. */
    static boolean contains(String secret) {
        return VALUES.contains(secret);
    }
}
