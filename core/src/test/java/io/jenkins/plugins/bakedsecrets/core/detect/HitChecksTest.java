package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HitChecksTest {
    private static boolean assignment(String line, String keyword) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        return HitChecks.assignmentFollows(b, line.indexOf(keyword) + keyword.length(), b.length);
    }

    private static boolean userInfo(String line) {
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        return HitChecks.userInfoFollows(b, line.indexOf("://") + 3, b.length);
    }

    @Test
    void shouldAcceptEveryAssignmentFormTheGenericRuleMatches() {
        assertThat(assignment("DB_PASSWORD=abc", "PASSWORD")).isTrue();
        assertThat(assignment("  password: abc", "password")).isTrue();
        assertThat(assignment("\"api_token\" : \"abc\"", "token")).isTrue();
        assertThat(assignment("secret_key := x", "secret")).isTrue();
        assertThat(assignment("'token' => 'x'", "token")).isTrue();
        assertThat(assignment("<password>x</password>", "password")).isTrue();
        assertThat(assignment("token.value.v2=x", "token")).isTrue();
    }

    @Test
    void shouldRejectKeywordsWithoutAssignment() {
        assertThat(assignment("Enter your password to continue", "password")).isFalse();
        assertThat(assignment("the token is", "token")).isFalse();
        assertThat(assignment("token", "token")).isFalse();
        assertThat(assignment("password" + "x".repeat(70) + "=y", "password")).isFalse();
    }

    @Test
    void shouldAcceptOnlyUrlsWithUserAndPassword() {
        assertThat(userInfo("postgres://app:s3cr3t@db:5432/x")).isTrue();
        assertThat(userInfo("https://:token@host")).isTrue();
        assertThat(userInfo("https://example.com/a:b@c")).isFalse();
        assertThat(userInfo("https://user@host")).isFalse();
        assertThat(userInfo("https://host:8080/x")).isFalse();
        assertThat(userInfo("redis://user:@host")).isFalse();
    }
}
