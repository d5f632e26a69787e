package io.jenkins.plugins.bakedsecrets.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ApprovalSettingsTest {
    @Test
    void shouldSplitSubmittersOnCommasAndDropBlanksWhenListGiven() {
        ApprovalSettings settings = new ApprovalSettings("app", "Ship?", " alice, ,release-managers ,", true);

        assertThat(settings.submitters()).containsExactly("alice", "release-managers");
    }

    @Test
    void shouldHaveNoSubmittersWhenBlank() {
        assertThat(new ApprovalSettings("app", "Ship?", "  ", false).submitters()).isEmpty();
    }

    @Test
    void shouldSurviveSerializationWhenPickledWithProgram() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ApprovalSettings("app", "Ship?", "alice", false));
        }
        ApprovalSettings copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ApprovalSettings) in.readObject();
        }

        assertThat(copy.scan()).isEqualTo("app");
        assertThat(copy.submitters()).containsExactly("alice");
        assertThat(copy.requireDistinctApprover()).isFalse();
    }
}
