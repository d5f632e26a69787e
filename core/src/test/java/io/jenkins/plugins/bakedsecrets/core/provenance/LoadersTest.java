package io.jenkins.plugins.bakedsecrets.core.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadersTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldLoadOwnershipFromYamlAndJson() {
        Ownership yaml = Ownership.load("ownership.yaml", """
                team: payments
                contact: payments@example.com
                attributes:
                  costCentre: "4711"
                """);
        Ownership json = Ownership.load("ownership.json",
                "{\"team\":\"payments\",\"contact\":\"payments@example.com\",\"attributes\":{\"costCentre\":\"4711\"}}");

        assertThat(yaml).isEqualTo(new Ownership("payments", "payments@example.com", Map.of("costCentre", "4711")))
                .isEqualTo(json);
    }

    @Test
    void shouldRejectOwnershipWithoutTeam() {
        assertThatThrownBy(() -> Ownership.load("ownership.yaml", "contact: x\n"))
                .isInstanceOf(DocumentException.class)
                .hasMessage("ownership.yaml:1:1: missing required key 'team'");
        assertThatThrownBy(() -> Ownership.load("ownership.yaml", "team: a\ncontact: b\nattributes:\n  n: 4\n"))
                .hasMessage("ownership.yaml:4:6: expected a string, got number '4'");
    }

    @Test
    void shouldLoadApprovalsList() {
        List<Approval> approvals = ApprovalsFile.load("approvals.yaml", utf8("""
                - approver: alice
                  time: 2025-06-01T12:00:00Z
                  decision: approve
                  justification: key is a test fixture
                  image:
                    imageId: sha256:aa
                    diffIds: [sha256:01, sha256:02]
                    reference: app:1
                  seenFindingIds: [bs1:1, bs1:2]
                """));

        assertThat(approvals).singleElement().satisfies(a -> {
            assertThat(a.approver()).isEqualTo("alice");
            assertThat(a.time()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
            assertThat(a.decision()).isEqualTo(Approval.Decision.APPROVE);
            assertThat(a.image().diffIds()).containsExactly("sha256:01", "sha256:02");
            assertThat(a.image().reference()).contains("app:1");
            assertThat(a.seenFindingIds()).containsExactly("bs1:1", "bs1:2");
        });
    }

    @Test
    void shouldRejectApprovalWithBadDecision() {
        assertThatThrownBy(() -> ApprovalsFile.load("a.json", utf8("{\"approvals\": [{\"approver\": \"a\","
                + " \"time\": \"2025-06-01T12:00:00Z\", \"decision\": \"maybe\", \"justification\": \"j\","
                + " \"image\": {\"imageId\": \"sha256:aa\", \"diffIds\": []}}]}")))
                .isInstanceOf(DocumentException.class)
                .hasMessageMatching("a\\.json:1:\\d+: expected one of approve, reject, got 'maybe'");
    }

    @Test
    void shouldBindImageIdentityToContentNotName() {
        ImageIdentity a = new ImageIdentity("sha256:aa", List.of("sha256:01"), java.util.Optional.of("app:1"),
                java.util.Optional.of("sha256:m1"));
        ImageIdentity recompressed = new ImageIdentity("sha256:aa", List.of("sha256:01"),
                java.util.Optional.of("mirror/app:1"), java.util.Optional.of("sha256:m2"));
        ImageIdentity otherLayers = new ImageIdentity("sha256:aa", List.of("sha256:02"), java.util.Optional.empty(),
                java.util.Optional.empty());

        assertThat(a.sameImage(recompressed)).isTrue();
        assertThat(a.sameImage(otherLayers)).isFalse();
    }
}
