package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;

/** A layer of a media type the scanner cannot read; the scanner records it as a coverage gap. */
public class UnsupportedMediaTypeException extends ScanException {
    private static final long serialVersionUID = 1L;

    /** An error naming the media type and digest. */
    public UnsupportedMediaTypeException(String mediaType, String digest) {
        super("unsupported media type " + mediaType + " for blob " + digest);
    }
}
