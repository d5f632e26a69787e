/** Package report. */
package io.jenkins.plugins.bakedsecrets.core.report;
