package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code pgpass-password}. */
class PgpassRuleTest extends AbstractRuleContractTest {
    private final String password = TestSecrets.random(TestSecrets.ALNUM, 20);

    @Override
    String ruleId() {
        return "pgpass-password";
    }

    @Override
    Sample sample() {
        return new Sample("/var/lib/postgresql/.pgpass", "# comment\ndb.corp:5432:app:app:" + password + "\n", 2,
                password);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/var/lib/postgresql/.pgpass", "# host:port:db:user:password\n"));
    }
}
