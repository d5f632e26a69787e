/** Package policy. */
package io.jenkins.plugins.bakedsecrets.core.policy;
