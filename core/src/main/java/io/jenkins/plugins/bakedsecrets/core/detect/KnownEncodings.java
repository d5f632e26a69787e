package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The encodings a known secret is searched in: raw, base64 (both alphabets, every alignment), URL-encoded, hex. */
final class KnownEncodings {
    private KnownEncodings() {
    }

    /** One encoded form. */
    record Variant(String encoding, byte[] bytes) {
        @Override
        public String toString() {
            return "Variant[" + encoding + "]";
        }
    }

    static List<Variant> variants(String value) {
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(value, "raw");
        for (int prefix = 0; prefix < 3; prefix++) {
            forms.putIfAbsent(base64Core(Base64.getEncoder(), raw, prefix), "base64");
            forms.putIfAbsent(base64Core(Base64.getUrlEncoder(), raw, prefix), "base64url");
        }
        forms.putIfAbsent(urlEncode(raw), "url-encoded");
        forms.putIfAbsent(HexFormat.of().formatHex(raw), "hex");
        forms.putIfAbsent(HexFormat.of().withUpperCase().formatHex(raw), "hex");
        List<Variant> out = new ArrayList<>();
        forms.forEach((form, encoding) -> {
            if (form.length() >= KnownSecrets.MIN_LENGTH) {
                out.add(new Variant(encoding, form.getBytes(StandardCharsets.US_ASCII)));
            }
        });
        return out;
    }

    /**
     * The base64 characters fully determined by the value when it starts {@code prefix} bytes into a 3-byte group:
     * characters mixing bits of unknown neighbouring bytes (or padding) are dropped at both ends.
     */
    static String base64Core(Base64.Encoder encoder, byte[] raw, int prefix) {
        byte[] shifted = new byte[prefix + raw.length];
        System.arraycopy(raw, 0, shifted, prefix, raw.length);
        String encoded = encoder.withoutPadding().encodeToString(shifted);
        int dropStart = prefix == 0 ? 0 : prefix + 1;
        int dropEnd = shifted.length % 3 == 0 ? 0 : 1;
        return encoded.substring(dropStart, encoded.length() - dropEnd);
    }

    /** Percent-encodes every byte outside the unreserved set {@code A-Z a-z 0-9 - . _ ~}. */
    static String urlEncode(byte[] raw) {
        StringBuilder b = new StringBuilder(raw.length * 3);
        for (byte x : raw) {
            int c = x & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
