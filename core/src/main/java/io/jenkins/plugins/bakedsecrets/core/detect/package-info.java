/**
 * Secret detection: the rule engine ({@link io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector}), the built-in
 * rules ({@link io.jenkins.plugins.bakedsecrets.core.detect.RuleSet#builtIn()}), known-secret search and CI
 * environment parsing. Detectors see raw values only on their stack and emit redacted previews and digests.
 */
package io.jenkins.plugins.bakedsecrets.core.detect;
