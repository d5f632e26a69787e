package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Corpus cases for values named by their context: one fresh value per row of the context-keyed table, written where
 * each syntax puts a name beside a value (a log field, nested YAML, JSON and TOML, dotted properties keys, shell,
 * command-line flags, .NET appSettings, Kubernetes env pairs, Python and JavaScript), and decoys that name the
 * service without naming a credential, or a credential without a value of its shape.
 */
final class SpecContextCases {
    private static final String[] SYNTAXES = {"log", "yaml", "json", "toml", "properties", "shell", "cli", "xml",
        "k8s", "python", "js", "compose"};
    private final SpecCorpus corpus;
    private final SampleGen g;

    SpecContextCases(SpecCorpus corpus) {
        this.corpus = corpus;
        this.g = corpus.random();
    }

    void generate() {
        List<ContextService> rows = ContextServices.all();
        for (int i = 0; i < rows.size(); i++) {
            place(rows.get(i), SYNTAXES[(i + g.nextInt(3)) % SYNTAXES.length]);
        }
        decoys(rows);
    }

    private void place(ContextService s, String syntax) {
        String v = ContextSamples.value(s, g);
        String svc = service(s);
        String word = word(s);
        String upper = (svc + "_" + word).toUpperCase(Locale.ROOT);
        String why = "generated " + s.id() + " value of the vendor's shape, named by service and credential word in "
                + syntax + "; label: the name says whose credential it is";
        switch (syntax) {
            case "log" -> corpus.file("ctx/log/var/log/app/service.log")
                    .line("2026-11-02T10:1" + g.nextInt(10) + ":00Z [INFO] calling " + svc)
                    .secret("2026-11-02T10:1" + g.nextInt(10) + ":01Z [DEBUG] using " + svc + " " + word
                            .toUpperCase(Locale.ROOT) + "=" + v, s.id(), why);
            case "yaml" -> corpus.file("ctx/yaml/srv/app/config/integrations.yaml").line(svc + ":")
                    .line("  endpoint: https://api.internal/" + svc).secret("  " + word + ": \"" + v + "\"", s.id(), why);
            case "json" -> corpus.file("ctx/json/srv/app/integrations-" + svc + ".json").line("{")
                    .line("  \"" + svc + "\": {").line("    \"enabled\": true,")
                    .secret("    \"" + word + "\": \"" + v + "\"", s.id(), why).line("  }").line("}");
            case "toml" -> corpus.file("ctx/toml/etc/app/integrations.toml").line("[" + svc + "]")
                    .line("timeout = 30").secret(word + " = \"" + v + "\"", s.id(), why).line("");
            case "properties" -> corpus.file("ctx/properties/srv/app/integrations.properties")
                    .secret(svc.replace('_', '.') + "." + word.replace('_', '.') + "=" + v, s.id(), why);
            case "shell" -> corpus.file("ctx/shell/etc/profile.d/integrations.sh")
                    .secret("export " + upper + "='" + v + "'", s.id(), why);
            case "cli" -> corpus.file("ctx/cli/usr/local/bin/start-" + svc + ".sh").line("#!/bin/sh")
                    .secret("exec /usr/local/bin/worker --" + svc.replace('_', '-') + "-" + word.replace('_', '-') + " "
                            + v + " --log-level info", s.id(), why);
            case "xml" -> corpus.file("ctx/xml/inetpub/app/web.config")
                    .secret("    <add key=\"" + capital(svc) + ":" + capital(word) + "\" value=\"" + v + "\" />", s.id(),
                            why);
            case "k8s" -> corpus.file("ctx/k8s/deploy/" + svc + "-worker.yaml").line("spec:").line("  containers:")
                    .line("  - name: worker").line("    env:").line("    - name: " + upper)
                    .secret("      value: \"" + v + "\"", s.id(), why);
            case "python" -> corpus.file("ctx/python/srv/app/integrations.py")
                    .secret(upper + " = \"" + v + "\"", s.id(), why);
            case "js" -> corpus.file("ctx/js/srv/app/integrations.js")
                    .secret("  " + camel(svc) + capital(camel(word)) + ": '" + v + "',", s.id(), why);
            default -> corpus.file("ctx/compose/srv/app/docker-compose.override.yml")
                    .secret("      " + upper + ": " + v, s.id(), why);
        }
    }

    /** Names that say whose value it is but not that it is a credential, or a credential that is no value. */
    private void decoys(List<ContextService> rows) {
        SpecCorpus.FileBuilder f = corpus.file("ctx/decoys/srv/app/integrations.env");
        for (int i = 0; i < rows.size(); i += 3) {
            ContextService s = rows.get(i);
            String upper = service(s).toUpperCase(Locale.ROOT);
            String v = ContextSamples.value(s, g);
            f.decoy(upper + "_ACCOUNT_ID=" + v, "a value of the shape under a name that only identifies");
            f.decoy(upper + "_" + word(s).toUpperCase(Locale.ROOT) + "=<your-" + service(s) + "-" + word(s) + ">",
                    "placeholder under the credential's name");
            f.decoy(upper + "_" + word(s).toUpperCase(Locale.ROOT) + "_SHA256=" + g.hex(64),
                    "digest of the credential under a hash name");
        }
        SpecCorpus.FileBuilder yaml = corpus.file("ctx/decoys/srv/app/services.yaml");
        for (int i = 1; i < rows.size(); i += 4) {
            ContextService s = rows.get(i);
            yaml.line(service(s) + ":").decoy("  project_id: \"" + g.uuid() + "\"", "UUID of a project, not named as "
                    + "a credential").decoy("  region: eu-west-1", "configuration beside the service name");
        }
        SpecCorpus.FileBuilder log = corpus.file("ctx/decoys/var/log/app/requests.log");
        for (int i = 2; i < rows.size(); i += 4) {
            ContextService s = rows.get(i);
            log.decoy("[INFO] " + service(s) + " request done request_id=" + g.uuid() + " trace=" + g.hex(32),
                    "request and trace ids on a line naming the service");
        }
    }

    /** A name of the service that holds no credential word itself. */
    private String service(ContextService s) {
        List<String> plain = new ArrayList<>();
        for (String n : s.names()) {
            String id = ContextSamples.identifier(n);
            if (!NameParts.containsAny(id, 0, id.length(), ContextService.CREDENTIAL_WORDS)) {
                plain.add(id.toLowerCase(Locale.ROOT));
            }
        }
        return plain.isEmpty() ? ContextSamples.identifier(s.names().get(0)) : plain.get(g.nextInt(plain.size()));
    }

    /** One of the row's credential words, with {@code _key} after one that qualifies rather than names. */
    private String word(ContextService s) {
        String w = s.words().get(g.nextInt(s.words().size()));
        return ContextService.CREDENTIAL_WORDS.contains(w) ? w : w + "_key";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        for (String part : snake.split("_")) {
            b.append(b.length() == 0 ? part : capital(part));
        }
        return b.toString();
    }
}
