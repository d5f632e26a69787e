package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathHashSetTest {
    @Test
    void shouldContainWhatWasAddedAcrossGrowth() {
        PathHashSet set = new PathHashSet();
        for (int i = 0; i < 50_000; i++) {
            set.add("/usr/share/doc/pkg" + i + "/copyright");
        }

        assertThat(set.size()).isEqualTo(50_000);
        assertThat(set.contains("/usr/share/doc/pkg49999/copyright")).isTrue();
        assertThat(set.contains("/usr/share/doc/pkg50000/copyright")).isFalse();
    }

    @Test
    void shouldCountDuplicatesOnce() {
        PathHashSet set = new PathHashSet();
        set.add("/a");
        set.add("/a");

        assertThat(set.size()).isEqualTo(1);
    }
}
