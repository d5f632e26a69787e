package io.jenkins.plugins.bakedsecrets.core.cache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The cache's secret key, in a file beside the entries that only its owner may read. Whoever reads the key can test
 * guesses against the digests sealed in the entries, so a key file others can read is refused, not used. Creation is
 * race-free between processes: the key is written to a private temporary file and linked into place, and a process
 * that loses the race reads the winner's key.
 */
final class CacheKeyFile {
    static final String NAME = "key";
    static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private CacheKeyFile() {
    }

    /** The key in {@code directory}, created when absent. */
    static byte[] loadOrCreate(Path directory, SecureRandom random) throws IOException {
        Path file = directory.resolve(NAME);
        if (!Files.exists(file)) {
            create(directory, file, random);
        }
        if (isPosix(file) && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
            throw new IOException("cache key " + file + " is readable or writable by others; remove the cache "
                    + "directory or make the key owner-only (chmod 600)");
        }
        if (Files.size(file) != KEY_BYTES) {
            throw new IOException("cache key " + file + " is not a key of " + KEY_BYTES + " bytes");
        }
        return Files.readAllBytes(file);
    }

    private static void create(Path directory, Path file, SecureRandom random) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        Path temp = Files.createTempFile(directory, NAME, ".tmp", ownerOnly(directory, false));
        try {
            Files.write(temp, key);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                // another process made the key first; use theirs
            } catch (UnsupportedOperationException e) {
                if (!Files.exists(file)) {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Owner-only permissions on file systems that have them; on others (Windows) the directory's ACLs apply. */
    static FileAttribute<?>[] ownerOnly(Path near, boolean directory) {
        if (!isPosix(near)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))};
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
