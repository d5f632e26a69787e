/**
 * Promotion policy and the gate: policy files, baselines that job policies may only tighten, waivers, the comparison
 * with a reference report, and the pure evaluator that turns a scan report plus evidence into a verdict with reasons.
 * Nothing here is null: absence is an {@code Optional} or an empty collection.
 */
package io.jenkins.plugins.bakedsecrets.core.policy;
