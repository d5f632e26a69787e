package io.jenkins.plugins.bakedsecrets.core.detect;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads, offline, when a candidate secret stops working, from what the token itself states (a SAS token's
 * {@code se} parameter, a JWT's {@code exp} claim). A token past its expiry is still reported, at low severity:
 * it proves a secret was handled carelessly, but it no longer opens anything.
 */
@FunctionalInterface
public interface ExpiryReader {
    /**
     * The expiry of the candidate found at {@code [start, end)} of {@code text}, when it states one.
     *
     * @param secret the candidate secret
     * @param text the text the rule matched in (one line or a part of it)
     * @param start where the rule's match starts in {@code text}
     * @param end where the rule's match ends in {@code text}
     */
    Optional<Instant> expiry(String secret, String text, int start, int end);
}
