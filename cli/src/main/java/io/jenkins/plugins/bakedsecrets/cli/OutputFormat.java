package io.jenkins.plugins.bakedsecrets.cli;

/** Output formats of the governance commands ({@code gate}, {@code exposure}, {@code diff}). */
enum OutputFormat {
    /** Sentences for people. */
    text,
    /** One JSON document for tools. */
    json
}
