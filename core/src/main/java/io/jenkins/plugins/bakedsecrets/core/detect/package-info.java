/** Package detect. */
package io.jenkins.plugins.bakedsecrets.core.detect;
