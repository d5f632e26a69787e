package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Streams one uncompressed layer tar once and tells a {@link LayerVisitor} what it holds: files (and the files of
 * archives inside them), whiteouts, hard links and other entries. Symbolic links are reported, never followed.
 */
public final class LayerWalker {
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";

    private final WalkLimits limits;

    /** A walker bounded by {@code limits}. */
    public LayerWalker(WalkLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Walks a layer tar, then reads the stream to its end so that a verifying stream can check its digests.
     *
     * @throws ImageFormatException when the layer tar itself is corrupt
     * @throws IOException when the stream cannot be read
     */
    public void walk(InputStream layerTar, LayerVisitor visitor) throws IOException {
        Objects.requireNonNull(layerTar, "layerTar");
        Objects.requireNonNull(visitor, "visitor");
        LayerTarInputStream tar = LayerTarInputStream.over(layerTar);
        NestedArchiveWalker files = new NestedArchiveWalker(limits, visitor);
        for (TarArchiveEntry e = next(tar, layerTar); e != null; e = next(tar, layerTar)) {
            entry(e, tar, files, visitor);
        }
        layerTar.transferTo(OutputStream.nullOutputStream());
    }

    private static TarArchiveEntry next(LayerTarInputStream tar, InputStream layerTar) throws IOException {
        try {
            return tar.getNextEntry();
        } catch (ScanException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Bytes that do not match their digest explain a corrupt tar better than the tar reader does: read to
            // the end, where the verifying stream checks them, before blaming the tar.
            layerTar.transferTo(OutputStream.nullOutputStream());
            // No cause: tar header errors quote raw bytes, which may come from file content.
            throw new ImageFormatException("layer tar is corrupt: " + Digests.safeMessage(e));
        }
    }

    private static void entry(TarArchiveEntry e, LayerTarInputStream tar, NestedArchiveWalker files,
                              LayerVisitor visitor) throws IOException {
        String path = LayerPaths.normalise(e.getName());
        if ("/".equals(path)) {
            return;
        }
        String base = LayerPaths.baseName(path);
        String dir = LayerPaths.parent(path);
        if (OPAQUE.equals(base)) {
            visitor.opaqueDirectory(dir);
        } else if (base.startsWith(WHITEOUT) && base.length() > WHITEOUT.length()) {
            visitor.whiteout(LayerPaths.child(dir, base.substring(WHITEOUT.length())));
        } else if (e.isLink()) {
            visitor.hardLink(path, LayerPaths.normalise(e.getLinkName()));
        } else if (LayerPaths.isRegular(e) && tar.unreadable().isPresent()) {
            visitor.otherEntry(path);
            visitor.gap(CoverageGap.Reason.UNREADABLE, path, tar.unreadable().get());
        } else if (LayerPaths.isRegular(e)) {
            files.file(path, e.getSize(), tar, 0);
        } else {
            visitor.otherEntry(path);
        }
    }
}
