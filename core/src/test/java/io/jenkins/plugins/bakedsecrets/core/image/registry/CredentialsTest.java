package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialsTest {
    @Test
    void shouldSplitAtFirstColonWhenParsingUserAndPassword() {
        String password = "p:" + UUID.randomUUID();

        Credentials credentials = Credentials.parse("alice:" + password);

        assertThat(credentials.username()).isEqualTo("alice");
        assertThat(credentials.secret()).isEqualTo(password);
        assertThat(credentials.identityToken()).isFalse();
    }

    @Test
    void shouldLeavePasswordEmptyWhenOnlyUserIsGiven() {
        String password = UUID.randomUUID().toString();

        Credentials credentials = Credentials.parse("alice").withPassword(password);

        assertThat(credentials).isEqualTo(Credentials.basic("alice", password));
    }

    @Test
    void shouldRejectCredentialsWhenUserIsEmpty() {
        assertThatThrownBy(() -> Credentials.parse(":secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credentials must be USER[:PASSWORD] with a non-empty user");
    }

    @Test
    void shouldNeverShowSecretWhenPrinted() {
        String password = UUID.randomUUID().toString();
        String token = UUID.randomUUID().toString();

        assertThat(Credentials.basic("alice", password).toString())
                .isEqualTo("Credentials[username=alice, secret=****]");
        assertThat(Credentials.identity("", token).toString()).doesNotContain(token);
        assertThat(RegistryOptions.builder().credentials(Credentials.basic("alice", password)).build().toString())
                .doesNotContain(password);
    }

    @Test
    void shouldEncodeBasicHeaderWhenAskedForIt() {
        String password = UUID.randomUUID().toString();
        String expected = Base64.getEncoder().encodeToString(("alice:" + password).getBytes(StandardCharsets.UTF_8));

        assertThat(Credentials.basic("alice", password).basicHeader()).isEqualTo("Basic " + expected);
    }
}
