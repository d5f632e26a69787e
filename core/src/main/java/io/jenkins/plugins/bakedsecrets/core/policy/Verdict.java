package io.jenkins.plugins.bakedsecrets.core.policy;

import java.util.Locale;

/** The outcome of a gate, and the level a policy assigns to a severity; declared from best to worst. */
public enum Verdict {
    /** Promotion may go ahead (in a policy: {@code ignore}). */
    PASS("ignore"),
    /** Promotion may go ahead but the build is marked unstable (in a policy: {@code unstable}). */
    UNSTABLE("unstable"),
    /** Promotion must not go ahead (in a policy: {@code fail}). */
    FAIL("fail");

    private final String policyWord;

    Verdict(String policyWord) {
        this.policyWord = policyWord;
    }

    /** The word a policy file uses for this level. */
    public String policyWord() {
        return policyWord;
    }

    /** The worse of this and {@code other}. */
    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** One level milder: fail becomes unstable, unstable becomes pass. */
    public Verdict lowerByOne() {
        return this == PASS ? PASS : values()[ordinal() - 1];
    }

    /** Parses a policy word ({@code fail}, {@code unstable}, {@code ignore}). */
    static Verdict ofPolicyWord(String word) {
        for (Verdict v : values()) {
            if (v.policyWord.equals(word.toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown level '" + word + "'");
    }
}
