/** Package image. */
package io.jenkins.plugins.bakedsecrets.core.image;
