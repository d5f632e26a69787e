package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthFileTest {
    @TempDir
    Path dir;
    private final String password = UUID.randomUUID().toString();

    private AuthFile load(String json) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return AuthFile.load(file, CredentialHelper.in(dir));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fake helper that echoes the server it was asked about into a file and answers with a fixed script. */
    private void helper(String name, String script) throws Exception {
        Path file = dir.resolve("docker-credential-" + name);
        Files.writeString(file, "#!/bin/sh\ncat > \"" + dir.resolve(name + ".asked") + "\"\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void shouldDecodeAuthWhenEntryMatchesHost() throws Exception {
        AuthFile file = load("{\"auths\":{\"127.0.0.1:5000\":{\"auth\":\"" + base64("alice:" + password) + "\"}}}");

        assertThat(file.lookup("127.0.0.1:5000")).contains(Credentials.basic("alice", password));
        assertThat(file.lookup("127.0.0.1:5001")).isEmpty();
    }

    @Test
    void shouldMatchDockerHubWhenKeyIsLegacyIndexUrl() throws Exception {
        AuthFile file = load("{\"auths\":{\"https://index.docker.io/v1/\":{\"username\":\"bob\",\"password\":\""
                + password + "\"}}}");

        assertThat(file.lookup("docker.io")).contains(Credentials.basic("bob", password));
    }

    @Test
    void shouldReturnIdentityTokenWhenEntryHasOne() throws Exception {
        AuthFile file = load("{\"auths\":{\"quay.io\":{\"auth\":\"" + base64("carol:") + "\",\"identitytoken\":\""
                + password + "\"}}}");

        assertThat(file.lookup("quay.io")).contains(Credentials.identity("carol", password));
    }

    @Test
    void shouldAskCredentialHelperWhenHostHasOne() throws Exception {
        helper("fake", "echo '{\"ServerURL\":\"quay.io\",\"Username\":\"dave\",\"Secret\":\"" + password + "\"}'");
        AuthFile file = load("{\"auths\":{\"quay.io\":{\"auth\":\"" + base64("other:pw") + "\"}},"
                + "\"credHelpers\":{\"quay.io\":\"fake\"}}");

        assertThat(file.lookup("quay.io")).contains(Credentials.basic("dave", password));
        assertThat(Files.readString(dir.resolve("fake.asked"))).isEqualTo("quay.io");
    }

    @Test
    void shouldFallBackToCredsStoreWhenNoEntryMatches() throws Exception {
        helper("store", "echo '{\"Username\":\"<token>\",\"Secret\":\"" + password + "\"}'");
        AuthFile file = load("{\"credsStore\":\"store\"}");

        assertThat(file.lookup("docker.io")).contains(Credentials.identity("", password));
        assertThat(Files.readString(dir.resolve("store.asked"))).isEqualTo("https://index.docker.io/v1/");
    }

    @Test
    void shouldReturnEmptyWhenHelperHasNoCredentials() throws Exception {
        helper("store", "echo 'credentials not found in native keychain'; exit 1");
        AuthFile file = load("{\"credsStore\":\"store\"}");

        assertThat(file.lookup("ghcr.io")).isEmpty();
    }

    @Test
    void shouldFailWithoutEchoingOutputWhenHelperFails() throws Exception {
        helper("broken", "echo '" + password + "'; exit 3");
        AuthFile file = load("{\"credsStore\":\"broken\"}");

        assertThatThrownBy(() -> file.lookup("ghcr.io"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("docker-credential-broken failed for ghcr.io (exit 3)");
    }

    @Test
    void shouldNameFileButNotContentWhenJsonIsInvalid() throws Exception {
        Path file = dir.resolve("auth.json");
        Files.writeString(file, "{\"auths\": " + password);

        assertThatThrownBy(() -> AuthFile.load(file))
                .isInstanceOf(RegistryException.class)
                .hasMessageStartingWith("cannot read auth file " + file)
                .hasMessageNotContaining(password);
    }

    @Test
    void shouldPreferContainersAuthOverDockerConfigWhenBothExist() throws Exception {
        Path docker = Files.createDirectories(dir.resolve(".docker")).resolve("config.json");
        Path containers = Files.createDirectories(dir.resolve("run/containers")).resolve("auth.json");
        Files.writeString(docker, "{}");

        assertThat(AuthFile.discover(Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString()), dir)).contains(docker);
        Files.writeString(containers, "{}");
        assertThat(AuthFile.discover(Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString()), dir))
                .contains(containers);
        assertThat(AuthFile.discover(Map.of("REGISTRY_AUTH_FILE", docker.toString(),
                "XDG_RUNTIME_DIR", dir.resolve("run").toString()), dir)).contains(docker);
    }

    @Test
    void shouldFindNothingWhenNoFileExists() {
        assertThat(AuthFile.discover(Map.of(), dir)).isEmpty();
    }
}
