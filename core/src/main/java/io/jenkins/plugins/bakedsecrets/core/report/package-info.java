/**
 * Renders a {@code ScanReport} as JSON (the persisted contract), text, SARIF 2.1.0 and a standalone HTML panel, and
 * reads the JSON back. Writers only ever see redacted previews and keyed fingerprints. Nothing else depends on it.
 */
package io.jenkins.plugins.bakedsecrets.core.report;
