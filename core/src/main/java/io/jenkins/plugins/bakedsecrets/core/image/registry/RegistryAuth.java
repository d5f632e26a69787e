package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Authenticates requests: anonymous first, then Basic or the bearer-token flow the registry asks for. Tokens are
 * cached per host and scope, so that parallel blob downloads share one token.
 */
final class RegistryAuth {
    private static final int MAX_TOKEN_BYTES = 1024 * 1024;
    private static final String CLIENT_ID = "baked-secrets";

    private final RegistryTransport transport;
    private final Function<String, Optional<Credentials>> credentials;
    private final Map<String, String> headers = new ConcurrentHashMap<>();

    RegistryAuth(RegistryTransport transport, Function<String, Optional<Credentials>> credentials) {
        this.transport = transport;
        this.credentials = credentials;
    }

    /**
     * Sends a request with the cached authorization for its scope; on a 401 answers the challenge once and resends.
     * A response the credentials cannot fix (still 401, 403, ...) is returned for the caller to report. One deadline
     * covers the whole exchange: the request, the token request, the second request and the body.
     */
    RegistryResponse send(HttpGet request, String scope) {
        Deadline deadline = transport.deadline();
        String key = request.host() + " " + scope;
        String cached = headers.get(key);
        RegistryResponse response = transport.send(authorized(request, cached), deadline);
        if (response.status() != 401) {
            return response;
        }
        Optional<Challenge> challenge = response.headers().firstValue("WWW-Authenticate").flatMap(Challenge::parse);
        Optional<String> header;
        try {
            header = challenge.flatMap(c -> answer(c, request.host(), scope, deadline));
        } catch (RuntimeException e) {
            response.discard();
            throw e;
        }
        if (header.isEmpty() || header.get().equals(cached)) {
            return response;
        }
        response.discard();
        headers.put(key, header.get());
        return transport.send(authorized(request, header.get()), deadline);
    }

    private static HttpGet authorized(HttpGet request, String header) {
        return header == null ? request : request.withHeader("Authorization", header);
    }

    private Optional<String> answer(Challenge challenge, String host, String scope, Deadline deadline) {
        Optional<Credentials> creds = credentials.apply(host);
        if (challenge.isBasic()) {
            return creds.filter(c -> !c.identityToken()).map(Credentials::basicHeader);
        }
        if (challenge.isBearer()) {
            return token(challenge, host, scope, creds, deadline).map(token -> "Bearer " + token);
        }
        return Optional.empty();
    }

    /** Asks the challenge's realm for a token; empty when the realm refuses (401 or 403). */
    private Optional<String> token(Challenge challenge, String host, String scope, Optional<Credentials> creds,
                                   Deadline deadline) {
        String realm = challenge.param("realm")
                .orElseThrow(() -> new RegistryException("registry " + host + " sent a bearer challenge without realm"));
        Optional<String> service = challenge.param("service");
        HttpGet request = creds.filter(Credentials::identityToken)
                .map(c -> refreshRequest(host, realm, service, scope, c))
                .orElseGet(() -> tokenRequest(host, realm, service, scope, creds));
        RegistryResponse response = transport.send(request, deadline);
        try (InputStream body = response.body()) {
            int status = response.status();
            if (status == 401 || status == 403) {
                return Optional.empty();
            }
            if (status != 200) {
                throw new RegistryException("token service of registry " + host + " answered HTTP " + status);
            }
            return Optional.of(parseToken(host, body.readNBytes(MAX_TOKEN_BYTES + 1)));
        } catch (IOException e) {
            throw new RegistryException("cannot read token from registry " + host + ": " + e.getMessage(), e);
        }
    }

    private static HttpGet tokenRequest(String host, String realm, Optional<String> service, String scope,
                                        Optional<Credentials> creds) {
        StringBuilder query = new StringBuilder();
        service.ifPresent(s -> query.append("service=").append(encode(s)).append('&'));
        query.append("scope=").append(encode(scope));
        String separator = realm.contains("?") ? "&" : "?";
        HttpGet request = HttpGet.of(host, URI.create(realm + separator + query));
        return creds.map(c -> request.withHeader("Authorization", c.basicHeader())).orElse(request);
    }

    /** OAuth2 refresh-token grant, as Docker uses for identity tokens from {@code docker login}. */
    private static HttpGet refreshRequest(String host, String realm, Optional<String> service, String scope,
                                          Credentials creds) {
        String form = "grant_type=refresh_token&client_id=" + CLIENT_ID
                + service.map(s -> "&service=" + encode(s)).orElse("")
                + "&scope=" + encode(scope) + "&refresh_token=" + encode(creds.secret());
        return new HttpGet(host, URI.create(realm), Map.of(), form);
    }

    private static String parseToken(String host, byte[] bytes) {
        if (bytes.length > MAX_TOKEN_BYTES) {
            throw new RegistryException("token from registry " + host + " exceeds " + MAX_TOKEN_BYTES + " bytes");
        }
        try {
            JsonNode json = new ObjectMapper().readTree(bytes);
            String token = json == null ? "" : json.path("token").asText("");
            if (token.isEmpty() && json != null) {
                token = json.path("access_token").asText("");
            }
            if (token.isEmpty()) {
                throw new RegistryException("token service of registry " + host + " returned no token");
            }
            return token;
        } catch (IOException e) {
            // No cause: the parser message could quote the token.
            throw new RegistryException("token service of registry " + host + " returned invalid JSON");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
