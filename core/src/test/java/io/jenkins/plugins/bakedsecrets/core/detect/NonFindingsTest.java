package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Things that look like secrets but are not, each on its own line of an ordinary file. */
class NonFindingsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA4mPEzqZk1qUqFqNzZ5 user@host",
        "-----BEGIN PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----",
        "md5 = d41d8cd98f00b204e9800998ecf8427e",
        "commit da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "secret_sha256 = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "\"integrity\": \"sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUR/Vw==\"",
        "request_token = 123e4567-e89b-12d3-a456-426614174000",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "see https://user:pass@example.com/path",
        "DATABASE_URL=postgres://app:s3cretPassw0rd@db.example.org/app",
        "password: ${DB_PASSWORD}",
        "token = \"<your-token>\"",
        "password=changeme",
        "api_key: xxxxxxxx",
        "password: \"********\"",
        "password = ",
        "password: true",
        "root:$6$rounds=5000$saltsalt$Ks8b1E5pQhD0wGkUe2kF7sP3cM0bHq4iT9vZ1yX2aW3:19000:0:99999:7:::",
        "secret_key_base = ENV.fetch(\"SECRET_KEY_BASE\")",
        "const token = await getToken(req);",
    })
    void shouldNotReportWhenValueIsNoSecret(String line) {
        assertThat(Detections.inFile("/app/config.txt", "start\n" + line + "\nend\n")).isEmpty();
        assertThat(Detections.inText(line)).isEmpty();
    }
}
