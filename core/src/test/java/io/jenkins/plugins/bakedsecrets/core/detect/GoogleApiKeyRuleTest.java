package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code google-api-key}. */
class GoogleApiKeyRuleTest extends AbstractRuleContractTest {
    private final String key = "AIza" + TestSecrets.random(TestSecrets.URLSAFE, 35);

    @Override
    String ruleId() {
        return "google-api-key";
    }

    @Override
    Sample sample() {
        return new Sample("/usr/share/app/main.js", "const cfg = {\n  apiKey: \"" + key + "\",\n};\n", 2, key);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/doc.md", "apiKey: \"AIzaSyEXAMPLEexampleEXAMPLEexample1234\"\n"));
    }
}
