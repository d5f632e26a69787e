package io.jenkins.plugins.bakedsecrets.core.detect;

/** Renders a rule set as the Markdown table of {@code docs/rules.md}: id, title, severity and why that severity. */
public final class RulesDocumentation {
    private RulesDocumentation() {
    }

    /** The Markdown document for the given rules. */
    public static String markdown(RuleSet rules) {
        StringBuilder b = new StringBuilder();
        b.append("# Detection rules\n\n")
                .append("Generated from `RuleSet.builtIn()` (version `").append(rules.version()).append("`). ")
                .append("Rule ids are public API: waivers, SARIF and the REST API refer to them.\n\n")
                .append("| Id | Title | Severity | Why this severity |\n")
                .append("|----|-------|----------|-------------------|\n");
        for (Rule r : rules.rules()) {
            b.append("| `").append(r.id()).append("` | ").append(cell(r.title())).append(" | ")
                    .append(r.severity().id()).append(" | ").append(cell(r.reason())).append(" |\n");
        }
        b.append("\nA candidate that fails its rule's offline check (checksum, shape) is reported one severity "
                + "lower with `validated: false`. Known secrets (`known-secret`, critical) are reported in any "
                + "encoding. Password hashes such as `/etc/shadow` entries are not reported: they are hashes, not "
                + "secrets.\n\n"
                + "Findings in vendored third-party test data (paths containing `/test/`, `/tests/`, `/testdata/`, "
                + "`/fixtures/`, `site-packages/*/tests/`, `node_modules/*/test/`, and test modules such as "
                + "`test.js` or `test_*.py` inside a package) are kept at low severity, with the title suffix \"in "
                + "third-party test data\"; Markdown, text, HTML, example files and package metadata inside "
                + "`node_modules`, `site-packages` and `dist-packages`, and what the distribution installs under "
                + "`/usr/share/doc`, `/usr/share/man` and `/usr/share/locale`, likewise, with \"in third-party "
                + "documentation\". Key material (private keys, SSH and PuTTY key files, keystores) inside a "
                + "package (`node_modules/*/`, `site-packages/*/`, a Maven or Gradle dependency cache, a shared "
                + "library under `/usr/lib`) is kept at low severity with \"shipped in a third-party package\": "
                + "everyone who installs that package has the same key (self-test keys compiled into TLS libraries, "
                + "development keystores). Tokens in packages keep their severity: a token in a published package "
                + "is a real credential that leaked.\n\n"
                + "A token that states its own expiry (an Azure SAS token's `se`, a JWT's `exp`) and is past it at "
                + "scan time is reported at low severity with \"(expired DATE)\" in its title. Values of Kubernetes "
                + "`Secret` manifests are "
                + "reported decoded (`kubernetes-secret-data`); their base64 form is not reported again.\n\n"
                + "Context-keyed rules cover services whose keys have no format of their own (plain hex, base62, "
                + "UUIDs): a value of the service's key shape is reported only when its name holds a credential "
                + "word (key, secret, token, password, ...) and names the service, in the same name "
                + "(`SNYK_TOKEN`), shortly before it on the line (`using adzuna KEY=...`, `--adzuna-key`), or in an "
                + "enclosing YAML/JSON/XML key, INI/TOML section or Kubernetes name/value pair. In dotenv, Java "
                + "properties, YAML, JSON, XML, INI/TOML, shell and Dockerfiles the generic rule reads a value by "
                + "that syntax's quoting rules, so punctuation, escapes and continuation lines belong to it.\n");
        b.append("\nA `docker://` image that has any finding and that a client without credentials can pull gets "
                + "one more finding, `registry-anonymous-pull` (critical, location kind `registry`, key "
                + "`host/repository`): the registry hands the image's secrets to anyone.\n");
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
