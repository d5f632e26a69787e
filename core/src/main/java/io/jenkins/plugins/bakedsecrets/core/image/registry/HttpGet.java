package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A GET or form POST to send, kept as data so that redirects and retries can rebuild it.
 *
 * @param host registry host for messages
 * @param uri target
 * @param headers request headers
 * @param form form body; empty for GET
 */
record HttpGet(String host, URI uri, Map<String, String> headers, String form) {
    HttpGet {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(form, "form");
    }

    static HttpGet of(String host, URI uri) {
        return new HttpGet(host, uri, Map.of(), "");
    }

    HttpGet withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpGet(host, uri, copy, form);
    }

    /** A redirect target; credentials are dropped when the redirect leaves the original server. */
    HttpGet redirectedTo(URI target) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        if (!Objects.equals(target.getRawAuthority(), uri.getRawAuthority())) {
            copy.remove("Authorization");
        }
        return new HttpGet(host, target, copy, "");
    }

    @Override
    public String toString() {
        // Never show headers: they carry credentials.
        return "HttpGet[" + uri + "]";
    }
}
