package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** Content did not match the digest that names it: the image is corrupt or was tampered with. */
public class DigestMismatchException extends ScanException {
    private static final long serialVersionUID = 1L;

    /**
     * An error naming what was checked.
     *
     * @param what what was read, for example {@code layer 3} or {@code config}
     * @param expected the digest that names the content
     * @param actual the digest of the bytes read
     */
    public DigestMismatchException(String what, String expected, String actual) {
        super("digest mismatch for " + what + ": expected " + expected + " but content has " + actual);
    }
}
