package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives the entries of one layer as {@link LayerWalker} streams them. Paths are absolute and normalised; entries
 * of archives inside the layer are written {@code outer!/inner} (nested: {@code a.war!/WEB-INF/lib/b.jar!/c}).
 */
public interface LayerVisitor {
    /**
     * A regular file (or archive entry). The stream is valid only during the call and holds only this file's bytes;
     * the visitor need not read it to the end.
     */
    void file(String path, long size, InputStream content) throws IOException;

    /** A whiteout {@code .wh.NAME}: hides {@code hiddenPath} in lower layers. */
    void whiteout(String hiddenPath);

    /** An opaque whiteout {@code .wh..wh..opq}: hides the lower layers' contents of {@code directory}. */
    void opaqueDirectory(String directory);

    /** A hard link at {@code path} to {@code target} (an earlier entry of the same layer). */
    void hardLink(String path, String target);

    /** Any other top-level entry (directory, symlink, device, an archive file itself): it may replace a lower file. */
    void otherEntry(String path);

    /** Something in the layer that was not scanned. */
    void gap(CoverageGap.Reason reason, String path, String detail);
}
