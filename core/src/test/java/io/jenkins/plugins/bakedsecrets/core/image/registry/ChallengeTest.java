package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChallengeTest {
    @Test
    void shouldReadRealmServiceAndScopeWhenBearerChallengeIsQuoted() {
        Challenge challenge = Challenge.parse("Bearer realm=\"https://auth.example.com/token\",service=\"registry"
                + ".example.com\",scope=\"repository:team/app:pull,push\"").orElseThrow();

        assertThat(challenge.isBearer()).isTrue();
        assertThat(challenge.params()).isEqualTo(Map.of("realm", "https://auth.example.com/token",
                "service", "registry.example.com", "scope", "repository:team/app:pull,push"));
    }

    @Test
    void shouldUnescapeQuotesAndAcceptBareValuesWhenParsing() {
        Challenge challenge = Challenge.parse("basic Realm=\"a \\\"b\\\"\", charset=UTF-8").orElseThrow();

        assertThat(challenge.isBasic()).isTrue();
        assertThat(challenge.param("realm")).contains("a \"b\"");
        assertThat(challenge.param("charset")).contains("UTF-8");
    }

    @Test
    void shouldReturnEmptyWhenHeaderIsBlank() {
        assertThat(Challenge.parse("  ")).isEmpty();
    }
}
