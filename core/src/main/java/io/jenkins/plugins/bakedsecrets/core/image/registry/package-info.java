/**
 * Pulling images from OCI distribution registries: name parsing, credentials, token authentication, retries, TLS and
 * proxies. The client hands out roots and raw content; the image package resolves manifests and verifies digests.
 */
package io.jenkins.plugins.bakedsecrets.core.image.registry;
