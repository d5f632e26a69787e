/** Package provenance. */
package io.jenkins.plugins.bakedsecrets.core.provenance;
