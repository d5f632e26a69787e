package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppression;
import io.jenkins.plugins.bakedsecrets.core.policy.Suppressions;
import io.jenkins.plugins.bakedsecrets.core.policy.UncountedWaiver;
import io.jenkins.plugins.bakedsecrets.core.policy.Waiver;
import java.io.IOException;

/** Writes the suppression parts of a JSON report: a finding's mark and the top-level {@code waivers} section. */
final class SuppressionJson {
    private SuppressionJson() {
    }

    /** The {@code suppression} object of a finding. */
    static void mark(Suppression s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("suppression");
        g.writeStringField("kind", Suppression.KIND_WAIVER);
        g.writeStringField("justification", s.justification());
        g.writeStringField("owner", s.owner());
        g.writeStringField("expires", s.expires().toString());
        g.writeStringField("origin", s.origin());
        g.writeStringField("selector", s.selector());
        g.writeEndObject();
    }

    /** The top-level {@code waivers} section; {@code suppressed} counts marked finding entries. */
    static void section(Suppressions s, int suppressed, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("waivers");
        JsonReportWriter.optional(g, "source", s.source());
        g.writeNumberField("suppressed", suppressed);
        g.writeArrayFieldStart("expired");
        for (Waiver w : s.expired()) {
            waiver(w, g);
            g.writeStringField("message", w.expiredMessage());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notCounted");
        for (UncountedWaiver u : s.notCounted()) {
            waiver(u.waiver(), g);
            g.writeStringField("reason", u.reason());
            g.writeStringField("message", u.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Starts an object describing a waiver; the caller adds its fields and ends it. */
    private static void waiver(Waiver w, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("selector", w.selector());
        g.writeStringField("owner", w.owner());
        g.writeStringField("expires", w.expires().toString());
        g.writeStringField("origin", w.origin());
    }
}
