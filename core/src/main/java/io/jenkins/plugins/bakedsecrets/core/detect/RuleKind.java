package io.jenkins.plugins.bakedsecrets.core.detect;

/** How the engine applies a rule. */
public enum RuleKind {
    /** The regex runs on single lines whose keywords matched; the secret is the first participating group. */
    LINE,
    /**
     * The regex matches the BEGIN marker of a PEM block; the secret is the whole block up to its END marker, also
     * when the block sits on one line with {@code \n} escapes (JSON). The rule {@code gcp-service-account} is the
     * exception: its regex is the file context that turns a JSON-escaped {@code private_key} into a service account.
     */
    PEM_BLOCK,
    /** The file is a secret by its name: the digest covers the whole file content. */
    FILE_PATH,
    /**
     * A value without a format of its own, recognised by what names it: the keywords are the service's names, the
     * regex is the shape the whole value must have, and the name the value is assigned to (a key, key path, flag or
     * log field) must also hold one of the rule's credential words (see {@link ContextMatcher}).
     */
    CONTEXT
}
