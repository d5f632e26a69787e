package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LayerWalkerPropertyTest {
    private static final WalkLimits LIMITS = new WalkLimits(2, 1 << 20, 1000, 100);

    @Property(tries = 300)
    void shouldWalkOrFailWithTypedErrorWhenLayerIsArbitraryBytes(@ForAll("layers") byte[] layer) {
        Throwable thrown = null;
        try {
            new LayerWalker(LIMITS).walk(new ByteArrayInputStream(layer), new RecordingVisitor());
        } catch (ImageFormatException | IOException e) {
            thrown = e;
        }
        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOfAny(ImageFormatException.class, IOException.class));
    }

    @Provide
    Arbitrary<byte[]> layers() {
        byte[] valid = TestImages.layer().file("/a.zip", TestImages.zip().entry("x", "y").bytes())
                .file("/b", "c").tar();
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> mutated = Arbitraries.integers().between(0, valid.length - 1).list().ofMaxSize(8)
                .map(positions -> {
                    byte[] copy = valid.clone();
                    positions.forEach(p -> copy[p] = (byte) (copy[p] ^ 0x5a));
                    return copy;
                });
        return Arbitraries.oneOf(random, mutated);
    }
}
