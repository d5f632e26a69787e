package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code keystore-file} (a path-only rule: the whole file is the secret). */
class KeystoreFileRuleTest extends AbstractRuleContractTest {
    @Override
    String ruleId() {
        return "keystore-file";
    }

    @Override
    Sample sample() {
        return new Sample("/opt/app/conf/server.jks", "binary\u0000keystore", 1, "");
    }

    @Override
    void shouldFindSampleWhenScanned() {
        var found = Detections.inFile(sample().path(), sample().content());
        org.assertj.core.api.Assertions.assertThat(found).singleElement().satisfies(d -> {
            org.assertj.core.api.Assertions.assertThat(d.ruleId()).isEqualTo(ruleId());
            org.assertj.core.api.Assertions.assertThat(d.redacted()).isEqualTo("[file, 16 bytes]");
            org.assertj.core.api.Assertions.assertThat(d.location().line()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(d.digest()).isEqualTo(
                    io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest.of("binary\u0000keystore"));
        });
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/opt/app/conf/server.jks.txt", "just text\n"),
                new Decoy("/opt/app/conf/empty.p12", ""));
    }
}
