package io.jenkins.plugins.bakedsecrets.core.detect;

/**
 * Corpus cases for placeholders: values that stand for a secret in documentation and templates ({@code <...>},
 * {@code [...]}, {@code ${...}}, {@code {{...}}}, {@code xxx}, {@code changeme}, typed alphabet and digit runs,
 * repeated units) in the shapes of real keys, and command lines whose login is a placeholder; each beside a real
 * value in the same form, so suppressing placeholders cannot pass by suppressing everything.
 */
final class SpecPlaceholderCases {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private final SpecCorpus corpus;
    private final SampleGen g;

    SpecPlaceholderCases(SpecCorpus corpus) {
        this.corpus = corpus;
        this.g = corpus.random();
    }

    void generate() {
        SpecCorpus.FileBuilder docs = corpus.file("ph/docs/usr/share/app/doc/configuration.txt");
        docs.decoy("GOOGLE_API_KEY=AIzaSy" + ALPHABET + "0123456789ab", "AIza key typed as the alphabet");
        docs.decoy("GITHUB_TOKEN=ghp_" + "0123456789".repeat(3) + "abcdef", "a token typed as digit runs");
        docs.decoy("API_TOKEN=" + "ab12".repeat(8), "a repeated unit");
        docs.decoy("DB_PASSWORD=<db-password>", "an angle-bracketed placeholder");
        docs.decoy("APP_SECRET=[APP_SECRET]", "a bracketed placeholder");
        docs.decoy("AUTH_TOKEN=Bearer-{{ token }}", "a template inside a value");
        docs.decoy("client_secret: sk_live_xxx", "xxx standing for the rest of a key");
        docs.decoy("SMTP_PASSWORD=changeme", "changeme");
        docs.decoy("STRIPE_SECRET_KEY=sk_live_" + "0".repeat(24), "a key of zeros");
        docs.decoy("SNYK_TOKEN=01234567-89ab-cdef-0123-456789abcdef", "a typed UUID under a service name");
        docs.decoy("ADZUNA_APP_KEY=0123456789abcdef0123456789abcdef", "typed hex under a service name");
        docs.decoy("heroku_api_key: \"${HEROKU_API_KEY}\"", "a reference under a service name");
        SpecCorpus.FileBuilder commands = corpus.file("ph/commands/usr/share/app/doc/api.md");
        commands.decoy("    curl -u <user:password> https://api.example.net/v1/items", "curl usage with an "
                + "angle-bracketed login");
        commands.decoy("    curl --user name:[PASSWORD] https://api.internal/v1/items", "curl usage with a "
                + "bracketed password");
        commands.decoy("    curl -u username:token https://api.internal/v1/items", "curl usage naming the parts");
        commands.decoy("    curl -u {user}:{password} https://api.internal/v1/items", "curl usage with braces");
        commands.decoy("    curl -H 'Authorization: Bearer <token>' https://api.internal/v1/items", "a bearer "
                + "placeholder");
        String password = g.alnum(12) + "7Qz";
        commands.secret("    curl -u deploy:" + password + " https://api.internal/v1/items", "curl-basic-auth",
                "generated password in curl -u beside the placeholders; label: a real login");
        SpecCorpus.FileBuilder real = corpus.file("ph/real/srv/app/.env");
        real.secret("API_TOKEN=" + g.alnum(32), "generic-secret-assignment", "generated random token under a secret "
                + "name beside the placeholders; label: random, so a secret");
        real.secret("ADZUNA_APP_KEY=" + g.hex(32), "adzuna-app-key", "generated key of the service's shape beside "
                + "the placeholders; label: random, so a secret");
        real.secret("SNYK_TOKEN=" + g.uuid(), "snyk-token", "generated UUID under the service's token name; label: "
                + "a UUID named as a credential");
    }
}
