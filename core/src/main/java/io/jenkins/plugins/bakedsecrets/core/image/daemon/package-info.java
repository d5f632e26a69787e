/**
 * Exporting images from a Docker-compatible engine (Docker, Podman) over its API socket as docker-archive tar streams.
 */
package io.jenkins.plugins.bakedsecrets.core.image.daemon;
