package io.jenkins.plugins.bakedsecrets.core.image;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.utils.ArchiveUtils;

/**
 * commons-compress's tar reader, made fit for untrusted layers:
 * <ul>
 *   <li>every header's checksum is verified: a reader that trusts a corrupt header loses its place in the stream;</li>
 *   <li>the metadata of one entry (headers, long names, PAX records, sparse maps), which commons-compress holds in
 *       memory whatever its size, is capped at {@link #MAX_ENTRY_METADATA};</li>
 *   <li>sparse files (old GNU, PAX 0.0, 0.1 and 1.0) are read as {@link SparseContent}, at the cost of their stored
 *       bytes, and skipped without producing their holes; PAX 1.0 sparse files over 2 GiB, whose size commons-compress
 *       fails to parse, are read from their own map; variants that cannot be read say so through
 *       {@link #unreadable()}.</li>
 * </ul>
 */
final class LayerTarInputStream extends TarArchiveInputStream {
    /** Most bytes of headers, long names, PAX records and sparse map that one entry may have. */
    static final int MAX_ENTRY_METADATA = 1024 * 1024;

    private static final int RECORD = TarConstants.DEFAULT_RCDSIZE;
    /** Offset of the type flag in a header. */
    private static final int TYPE_FLAG = 156;
    /** Offset of the "more sparse records follow" flag in an old GNU sparse header and in its extension records. */
    private static final int GNU_EXTENDED = 482;
    private static final int EXTENSION_EXTENDED = 504;
    /** How commons-compress fails on the real size of a PAX sparse file that does not fit an int. */
    private static final String INT_OVERFLOW = "Unable to parse int from string value: ";
    /** The directory GNU tar puts PAX sparse files in, for readers that do not know the format. */
    private static final Pattern GNU_SPARSE_DIR = Pattern.compile("(^|/)GNUSparseFile\\.\\d+/");

    private final Position raw;
    private final byte[] drain = new byte[8192];
    private int depth;
    private long dataStart;
    private boolean extensionsFollow;
    private boolean ended;
    private SparseContent sparse;
    private String unreadable;

    private LayerTarInputStream(Position raw) {
        super(raw);
        this.raw = raw;
    }

    /** A reader over a tar stream. */
    static LayerTarInputStream over(InputStream tar) {
        return new LayerTarInputStream(new Position(tar));
    }

    /** Why the content of the current entry cannot be read; it then reads as empty. */
    Optional<String> unreadable() {
        return Optional.ofNullable(unreadable);
    }

    /**
     * The next entry. commons-compress calls this method itself for the entry that a long name or PAX record
     * describes; only the outermost call finishes the previous entry and sets the metadata limit.
     */
    @Override
    public TarArchiveEntry getNextEntry() throws IOException {
        boolean outermost = depth++ == 0;
        try {
            if (outermost) {
                finishEntry();
                raw.limitTo(MAX_ENTRY_METADATA);
            }
            TarArchiveEntry entry;
            try {
                entry = super.getNextEntry();
            } catch (IOException e) {
                entry = oversizedPaxSparse(e);
            }
            if (entry != null && entry.isSparse() && sparse == null && unreadable == null) {
                openSparse(entry);
            }
            return entry;
        } finally {
            if (--depth == 0) {
                raw.unlimited();
            }
        }
    }

    /** Leaves the stream at the end of the current entry; commons-compress would read a sparse one hole by hole. */
    private void finishEntry() throws IOException {
        TarArchiveEntry current = getCurrentEntry();
        if (sparse != null || unreadable != null) {
            raw.skipTo(dataStart + padded(current.getSize()));
            setCurrentEntry(null);
            sparse = null;
            unreadable = null;
        } else if (current != null) {
            while (read(drain, 0, drain.length) >= 0) {
                // the rest of the entry's data does not count as metadata of the next entry
            }
        }
    }

    private void openSparse(TarArchiveEntry entry) throws IOException {
        if (entry.isStarSparse()) {
            unreadable = "sparse file in star format, which the scanner cannot read";
            return;
        }
        sparse = new SparseContent(entry.getOrderedSparseHeaders(), raw);
        checkStored(entry);
    }

    /**
     * commons-compress reads the real size of a PAX sparse file as an int and fails above 2 GiB, after the header is
     * read and before the data: the data can still be read here (PAX 1.0, whose map precedes the data) or skipped.
     */
    private TarArchiveEntry oversizedPaxSparse(IOException e) throws IOException {
        TarArchiveEntry entry = getCurrentEntry();
        if (entry == null || !entry.isPaxGNUSparse() || !String.valueOf(e.getMessage()).startsWith(INT_OVERFLOW)) {
            throw e;
        }
        entry.setName(GNU_SPARSE_DIR.matcher(entry.getName()).replaceFirst("$1"));
        if (!entry.isPaxGNU1XSparse()) {
            unreadable = "sparse file over 2 GiB in PAX 0.x format, which the scanner cannot read";
            return entry;
        }
        sparse = new SparseContent(SparseContent.readPax1Map(raw), raw);
        raw.skipTo(dataStart + padded(raw.position() - dataStart));
        checkStored(entry);
        return entry;
    }

    private void checkStored(TarArchiveEntry entry) throws IOException {
        if (sparse.storedBytes() > dataStart + entry.getSize() - raw.position()) {
            throw new IOException("sparse map of " + Digests.shorten(entry.getName()) + " claims more data than the"
                    + " entry stores");
        }
    }

    private static long padded(long size) {
        return (size + RECORD - 1) / RECORD * RECORD;
    }

    @Override
    protected byte[] readRecord() throws IOException {
        byte[] record = super.readRecord();
        if (record == null || ended) {
            return record;
        }
        if (extensionsFollow) {
            // An old GNU sparse extension record: sparse map entries and a flag, no checksum.
            extensionsFollow = record[EXTENSION_EXTENDED] != 0;
        } else if (ArchiveUtils.isArrayZero(record, record.length)) {
            ended = true;
            return record;
        } else if (!TarUtils.verifyCheckSum(record)) {
            throw new IOException("tar header at byte " + (raw.position() - RECORD) + " has a wrong checksum");
        } else {
            extensionsFollow = record[TYPE_FLAG] == TarConstants.LF_GNUTYPE_SPARSE && record[GNU_EXTENDED] != 0;
        }
        dataStart = raw.position();
        return record;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (sparse != null) {
            return sparse.read(b, off, len);
        }
        if (unreadable != null || getCurrentEntry() == null) {
            return -1;
        }
        return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        if (sparse == null && unreadable == null) {
            return super.skip(n);
        }
        return ReadThroughInputStream.skipByReading(this, n);
    }

    @Override
    public int available() throws IOException {
        return sparse != null || unreadable != null || getCurrentEntry() == null ? 0 : super.available();
    }

    /** Counts the bytes read from the tar stream and fails once a limit set for the current step is passed. */
    private static final class Position extends ReadThroughInputStream {
        private final InputStream in;
        private final byte[] discard = new byte[8192];
        private long position;
        private long limit = Long.MAX_VALUE;

        Position(InputStream in) {
            this.in = in;
        }

        long position() {
            return position;
        }

        void limitTo(long bytes) {
            limit = position + bytes;
        }

        void unlimited() {
            limit = Long.MAX_VALUE;
        }

        /** Reads and discards up to {@code target}. */
        void skipTo(long target) throws IOException {
            if (position > target) {
                throw new IOException("layer tar entry is shorter than the sparse data it claims");
            }
            while (position < target) {
                if (read(discard, 0, (int) Math.min(discard.length, target - position)) < 0) {
                    throw new EOFException("layer tar ends inside an entry");
                }
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                position += n;
                if (position > limit) {
                    throw new IOException("an entry's headers, long name, PAX records or sparse map exceed "
                            + MAX_ENTRY_METADATA / 1024 + " KiB");
                }
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
