import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The JDK-inflate floor: decompresses every gzip member of an image archive with java.util.zip (the inflater the
 * scanner uses), N members at a time, and discards the output: no tar parsing, no hashing, no scanning. Prints
 * "SECONDS MIB" (wall time, uncompressed MiB). Run with the CLI jar on the class path (for the tar index):
 * java -cp cli/target/baked-secrets.jar bench/InflateFloor.java ARCHIVE THREADS
 */
public final class InflateFloor {
    private InflateFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<long[]> members = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ);
             TarFile tar = new TarFile(archive)) {
            for (TarArchiveEntry e : tar.getEntries()) {
                if (e.isFile() && e.getSize() > 2 && isGzip(channel, e.getDataOffset())) {
                    members.add(new long[] {e.getDataOffset(), e.getSize()});
                }
            }
            // Largest first, as a scheduler would want: the floor is what two cores can do at best.
            members.sort((a, b) -> Long.compare(b[1], a[1]));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Long>> out = new ArrayList<>();
            for (long[] m : members) {
                out.add(pool.submit(() -> inflate(archive, m[0], m[1])));
            }
            long bytes = 0;
            for (Future<Long> f : out) {
                bytes += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf("%.2f %.0f%n", seconds, bytes / 1048576.0);
        }
    }

    private static boolean isGzip(FileChannel channel, long offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2);
        channel.read(head, offset);
        return (head.get(0) & 0xff) == 0x1f && (head.get(1) & 0xff) == 0x8b;
    }

    /** Inflates one member through a channel of its own, so threads never disturb each other. */
    private static long inflate(Path archive, long offset, long size) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long total = 0;
        FileChannel own = FileChannel.open(archive, StandardOpenOption.READ).position(offset);
        try (InputStream in = new GZIPInputStream(BoundedInputStream.builder()
                .setInputStream(Channels.newInputStream(own)).setMaxCount(size).get(), 64 * 1024)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        }
        return total;
    }
}
