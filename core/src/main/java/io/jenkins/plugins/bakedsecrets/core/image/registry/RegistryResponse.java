package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * A registry's answer: status, headers and a body that is watched for stalls and the request's deadline.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body the body; the caller closes it
 */
record RegistryResponse(int status, HttpHeaders headers, InputStream body) {
    RegistryResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** Closes the body of a response that is discarded. */
    void discard() {
        try {
            body.close();
        } catch (IOException e) {
            // The response is discarded anyway; a failure to close it changes nothing for the caller.
        }
    }
}
