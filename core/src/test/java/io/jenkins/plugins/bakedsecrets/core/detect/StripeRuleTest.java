package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code stripe-live-key}. */
class StripeRuleTest extends AbstractRuleContractTest {
    private final String key = "sk_live_" + TestSecrets.random(TestSecrets.ALNUM, 32);

    @Override
    String ruleId() {
        return "stripe-live-key";
    }

    @Override
    Sample sample() {
        return new Sample("/srv/app/settings.py", "DEBUG = False\nSTRIPE_KEY = \"" + key + "\"\n", 2, key);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/srv/app/settings.py",
                "STRIPE_KEY = \"sk_test_" + TestSecrets.random(TestSecrets.ALNUM, 4) + "\"\n"));
    }
}
