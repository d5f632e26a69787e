/** Package scan. */
package io.jenkins.plugins.bakedsecrets.core.scan;
