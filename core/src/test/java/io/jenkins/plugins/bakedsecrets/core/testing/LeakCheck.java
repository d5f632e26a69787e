package io.jenkins.plugins.bakedsecrets.core.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Searches an output for a planted secret in every form it could leak in: raw, base64 (standard and URL alphabets,
 * at each of the three alignments), hex, URL-encoded, and any 8-character piece of it. Failures name only the form
 * and the position, never the value.
 */
public final class LeakCheck {
    /** Pieces this long of a secret must never appear. */
    public static final int PIECE = 8;

    private LeakCheck() {
    }

    /** The first form of {@code secret} found in {@code output}, as a description without the value; empty if none. */
    public static java.util.Optional<String> findLeak(String output, String secret) {
        for (Form form : forms(secret)) {
            if (output.contains(form.text)) {
                return java.util.Optional.of(form.name + " (at offset " + output.indexOf(form.text) + ")");
            }
        }
        for (int i = 0; i + PIECE <= secret.length(); i++) {
            if (output.contains(secret.substring(i, i + PIECE))) {
                return java.util.Optional.of("an 8-character piece starting at character " + i);
            }
        }
        return java.util.Optional.empty();
    }

    /** Throws an AssertionError naming the leaked form (never the value) when any form of the secret is present. */
    public static void assertNoLeak(String what, String output, String secret) {
        findLeak(output, secret).ifPresent(form -> {
            throw new AssertionError(what + " leaks a planted secret: " + form);
        });
    }

    private static List<Form> forms(String secret) {
        List<Form> forms = new ArrayList<>();
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        forms.add(new Form("raw", secret));
        for (int pad = 0; pad < 3; pad++) {
            byte[] shifted = new byte[raw.length + pad];
            System.arraycopy(raw, 0, shifted, pad, raw.length);
            forms.add(new Form("base64 alignment " + pad, stable(Base64.getEncoder().encodeToString(shifted), pad)));
            forms.add(new Form("base64url alignment " + pad,
                    stable(Base64.getUrlEncoder().encodeToString(shifted), pad)));
        }
        forms.add(new Form("hex", HexFormat.of().formatHex(raw)));
        forms.add(new Form("HEX", HexFormat.of().formatHex(raw).toUpperCase(Locale.ROOT)));
        forms.add(new Form("url-encoded", URLEncoder.encode(secret, StandardCharsets.UTF_8)));
        return forms;
    }

    /** The part of a base64 text fully determined by the value: skip characters touched by padding or the end. */
    private static String stable(String encoded, int pad) {
        int start = pad == 0 ? 0 : (pad * 8 + 5) / 6;
        int end = encoded.replace("=", "").length() - 1;
        return end > start ? encoded.substring(start, end) : encoded;
    }

    private record Form(String name, String text) {
    }
}
