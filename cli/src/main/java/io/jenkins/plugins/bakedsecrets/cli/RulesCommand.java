package io.jenkins.plugins.bakedsecrets.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.detect.Rule;
import io.jenkins.plugins.bakedsecrets.core.detect.RuleSet;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baked-secrets rules}: lists the built-in detection rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the detection rules.")
final class RulesCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = RuleSet.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            writeJson(rules, out);
        } else {
            for (Rule r : rules.rules()) {
                out.printf("%-40s %-9s %s%n", r.id(), r.severity().id(), r.title());
            }
            out.printf("%d rules (rule set %s)%n", rules.rules().size(), rules.version());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void writeJson(RuleSet rules, PrintWriter out) throws java.io.IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("version", rules.version());
        g.writeArrayFieldStart("rules");
        for (Rule r : rules.rules()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("title", r.title());
            g.writeStringField("severity", r.severity().id());
            g.writeArrayFieldStart("keywords");
            for (String k : r.keywords()) {
                g.writeString(k);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.println();
    }
}
