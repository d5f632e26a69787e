package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A user name and password, or an identity (refresh) token, for a registry. {@link #toString()} never shows the secret.
 *
 * @param username user name; for identity tokens the user the token belongs to, possibly empty
 * @param secret password or identity token
 * @param identityToken whether the secret is an OAuth2 refresh token rather than a password
 */
public record Credentials(String username, String secret, boolean identityToken) {
    /** Validates components. */
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        if (!identityToken && username.isEmpty()) {
            throw new IllegalArgumentException("credentials need a user name");
        }
    }

    /** A user name and password. */
    public static Credentials basic(String username, String password) {
        return new Credentials(username, password, false);
    }

    /** An identity token as stored by {@code docker login} for OAuth2-capable registries. */
    public static Credentials identity(String username, String token) {
        return new Credentials(username, token, true);
    }

    /**
     * Parses {@code USER[:PASSWORD]} as skopeo's {@code --creds}; a missing password is empty, so that the caller can
     * supply it from stdin or an environment variable with {@link #withPassword(String)}.
     */
    public static Credentials parse(String text) {
        int colon = text.indexOf(':');
        if (colon == 0 || text.isEmpty()) {
            throw new IllegalArgumentException("credentials must be USER[:PASSWORD] with a non-empty user");
        }
        return colon < 0 ? basic(text, "") : basic(text.substring(0, colon), text.substring(colon + 1));
    }

    /** A copy with another password, for passwords read from stdin or the environment. */
    public Credentials withPassword(String password) {
        return new Credentials(username, password, false);
    }

    /** The value of an HTTP Basic {@code Authorization} header. */
    String basicHeader() {
        String pair = username + ":" + secret;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", secret=****" + (identityToken ? ", identityToken" : "") + "]";
    }
}
