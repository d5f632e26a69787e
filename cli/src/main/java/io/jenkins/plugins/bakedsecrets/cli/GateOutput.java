package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.policy.GateDecision;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import io.jenkins.plugins.bakedsecrets.core.report.PrintableText;

/** Renders a gate decision: a verdict line and one sentence per reason, or a JSON document. */
final class GateOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GateOutput() {
    }

    /** The decision in the chosen format, ending with a newline. */
    static String render(GateDecision decision, OutputFormat format) throws JsonProcessingException {
        return format == OutputFormat.json ? json(decision) : text(decision);
    }

    private static String text(GateDecision d) {
        StringBuilder b = new StringBuilder("Gate verdict: ").append(d.verdict()).append('\n');
        for (GateReason r : d.reasons()) {
            // Reasons quote paths, rule ids and waiver text: one printable line each, so none can forge a verdict.
            b.append("  ").append(PrintableText.of(r.level() + " [" + r.clause() + "] " + r.message())).append('\n');
        }
        return b.toString();
    }

    /** {@code {verdict, reasons: [{level, clause, message}], statuses: {findingId: status}}}. */
    static String json(GateDecision d) throws JsonProcessingException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", d.verdict().name());
        ArrayNode reasons = root.putArray("reasons");
        for (GateReason r : d.reasons()) {
            reasons.addObject().put("level", r.level().name()).put("clause", r.clause()).put("message", r.message());
        }
        ObjectNode statuses = root.putObject("statuses");
        d.statuses().forEach((id, status) -> statuses.put(id, status.name()));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
