package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token service for docker-registry's {@code token} auth: checks Basic credentials and signs RS256 JWTs with a key
 * and self-signed certificate made by openssl. Anonymous callers get pull access or an empty grant.
 */
final class TokenServer implements AutoCloseable {
    static final String SERVICE = "test-registry";
    static final String ISSUER = "test-issuer";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final PrivateKey key;
    private final String keyId;
    private final Path certificate;
    private final Map<String, String> users;
    private final boolean anonymousPull;
    private final AtomicInteger authenticatedRequests = new AtomicInteger();

    TokenServer(Path dir, Map<String, String> users, boolean anonymousPull) throws Exception {
        this.users = Map.copyOf(users);
        this.anonymousPull = anonymousPull;
        Path keyFile = dir.resolve("token-key.pem");
        certificate = dir.resolve("token-cert.pem");
        Tools.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile.toString(),
                "-out", certificate.toString(), "-days", "2", "-subj", "/CN=" + ISSUER));
        key = readKey(keyFile);
        try (var in = Files.newInputStream(certificate)) {
            keyId = libtrustKeyId(CertificateFactory.getInstance("X.509").generateCertificate(in).getPublicKey());
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::handle);
        server.start();
    }

    String realm() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
    }

    Path certificate() {
        return certificate;
    }

    /** How many token requests carried valid credentials. */
    int authenticatedRequests() {
        return authenticatedRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean anonymous = auth == null;
            if (!anonymous && !valid(auth)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (!anonymous) {
                authenticatedRequests.incrementAndGet();
            }
            String jwt = sign(anonymous ? "" : user(auth), grants(exchange, anonymous));
            byte[] body = JSON.writeValueAsBytes(JSON.createObjectNode().put("token", jwt).put("expires_in", 300));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private boolean valid(String header) {
        String pair = decode(header);
        int colon = pair.indexOf(':');
        return colon > 0 && pair.substring(colon + 1).equals(users.get(pair.substring(0, colon)));
    }

    private static String user(String header) {
        String pair = decode(header);
        return pair.substring(0, pair.indexOf(':'));
    }

    private static String decode(String header) {
        if (!header.startsWith("Basic ")) {
            return "";
        }
        return new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    }

    private ArrayNode grants(HttpExchange exchange, boolean anonymous) {
        ArrayNode access = JSON.createArrayNode();
        String query = exchange.getRequestURI().getRawQuery();
        for (String param : query == null ? new String[0] : query.split("&")) {
            if (!param.startsWith("scope=")) {
                continue;
            }
            String[] scope = URLDecoder.decode(param.substring(6), StandardCharsets.UTF_8).split(":");
            List<String> actions = new ArrayList<>(Arrays.asList(scope[2].split(",")));
            if (anonymous) {
                actions.retainAll(anonymousPull ? List.of("pull") : List.of());
            }
            ObjectNode grant = access.addObject().put("type", scope[0]).put("name", scope[1]);
            actions.forEach(grant.putArray("actions")::add);
        }
        return access;
    }

    private String sign(String subject, ArrayNode access) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode header = JSON.createObjectNode().put("typ", "JWT").put("alg", "RS256").put("kid", keyId);
        ObjectNode claims = JSON.createObjectNode().put("iss", ISSUER).put("sub", subject).put("aud", SERVICE)
                .put("exp", now + 300).put("nbf", now - 60).put("iat", now).put("jti", UUID.randomUUID().toString());
        claims.set("access", access);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                + b64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(signature.sign());
    }

    private static PrivateKey readKey(Path file) throws Exception {
        String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    /** The key id docker-registry derives from a public key: base32 of a truncated SHA-256, in groups of four. */
    static String libtrustKeyId(PublicKey publicKey) throws Exception {
        byte[] hash = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 30);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder base32 = new StringBuilder();
        for (int bit = 0; bit < hash.length * 8; bit += 5) {
            int value = 0;
            for (int i = 0; i < 5; i++) {
                int b = bit + i;
                value = (value << 1) | ((hash[b / 8] >> (7 - b % 8)) & 1);
            }
            base32.append(alphabet.charAt(value));
        }
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < base32.length(); i += 4) {
            id.append(i == 0 ? "" : ":").append(base32, i, i + 4);
        }
        return id.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
