/**
 * Findings and their parts: locations, severities, redacted previews and keyed fingerprints. Every other feature of
 * the engine may use this package. Nothing here is null: absence is an {@code Optional} or an empty collection.
 */
package io.jenkins.plugins.bakedsecrets.core.finding;
