package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * The Marvin32 hash: a seeded 64-bit-state hash that Microsoft publishes with .NET and uses to checksum its
 * identifiable keys. Two 32-bit lanes absorb the input four bytes at a time (little-endian), a padding word marks
 * the end, and the 32-bit result is the exclusive or of the two lanes.
 */
final class Marvin {
    private Marvin() {
    }

    /** The 64-bit Marvin hash of {@code data[0, length)}: the high lane in the upper half, the low lane below. */
    static long hash64(byte[] data, int length, long seed) {
        int[] lanes = {(int) seed, (int) (seed >>> 32)};
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            lanes[0] += littleEndian(data, i, 4);
            block(lanes);
        }
        int rest = length - i;
        lanes[0] += (0x80 << (8 * rest)) | littleEndian(data, i, rest);
        block(lanes);
        block(lanes);
        return ((long) lanes[1] << 32) | (lanes[0] & 0xffffffffL);
    }

    /** The 32-bit Marvin checksum: the two halves of {@link #hash64} combined by exclusive or. */
    static int hash32(byte[] data, int length, long seed) {
        long h = hash64(data, length, seed);
        return (int) (h >>> 32) ^ (int) h;
    }

    private static int littleEndian(byte[] data, int at, int count) {
        int v = 0;
        for (int k = count - 1; k >= 0; k--) {
            v = (v << 8) | (data[at + k] & 0xff);
        }
        return v;
    }

    private static void block(int[] lanes) {
        int p0 = lanes[0];
        int p1 = lanes[1];
        p1 ^= p0;
        p0 = Integer.rotateLeft(p0, 20);
        p0 += p1;
        p1 = Integer.rotateLeft(p1, 9);
        p1 ^= p0;
        p0 = Integer.rotateLeft(p0, 27);
        p0 += p1;
        p1 = Integer.rotateLeft(p1, 19);
        lanes[0] = p0;
        lanes[1] = p1;
    }
}
