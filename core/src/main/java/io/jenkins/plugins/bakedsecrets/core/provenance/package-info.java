/**
 * Evidence about who built an image and who may promote it: ownership, approvals, build provenance, which layers
 * belong to a base image, where a secret has been exposed, and in-toto statements that carry it all. Nothing here is
 * null: absence is an {@code Optional} or an empty collection.
 */
package io.jenkins.plugins.bakedsecrets.core.provenance;
