package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of candidate secrets. */
final class Entropy {
    private Entropy() {
    }

    /** Bits per character of the character distribution of {@code s}; 0 for the empty string. */
    static double shannon(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < s.length(); i++) {
            counts.merge(s.charAt(i), 1, Integer::sum);
        }
        double bits = 0;
        for (int c : counts.values()) {
            double p = (double) c / s.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
