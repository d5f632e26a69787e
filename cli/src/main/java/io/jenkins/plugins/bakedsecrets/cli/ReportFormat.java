package io.jenkins.plugins.bakedsecrets.cli;

/** Report formats of {@code scan --format}. */
enum ReportFormat {
    text, json, sarif, html
}
