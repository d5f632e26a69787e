package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryTransportTest {
    @Test
    void shouldReadSecondsWhenRetryAfterIsANumber() {
        assertThat(RegistryTransport.parseRetryAfter(" 12 ")).contains(Duration.ofSeconds(12));
    }

    @Test
    void shouldReadDelayUntilDateWhenRetryAfterIsAnHttpDate() {
        String inOneHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));

        assertThat(RegistryTransport.parseRetryAfter(inOneHour).orElseThrow())
                .isBetween(Duration.ofMinutes(58), Duration.ofMinutes(60));
    }

    @Test
    void shouldIgnoreRetryAfterWhenValueIsGarbage() {
        assertThat(RegistryTransport.parseRetryAfter("soon")).isEmpty();
    }
}
