package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing {@code env} and {@code env -0} output, and telling CI secrets from ordinary CI variables. */
class CiEnvironmentTest {
    private static List<EnvVariable> parse(String text, boolean nul) throws IOException {
        return CiEnvironment.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), nul);
    }

    @Test
    void shouldParseLinesWhenEnvOutput() throws IOException {
        List<EnvVariable> vars = parse("PATH=/usr/bin:/bin\nOPTS=-Da=b -Dc=d\nEMPTY=\nMULTI=line1\n  line2\n", false);

        assertThat(vars).containsExactly(new EnvVariable("PATH", "/usr/bin:/bin"),
                new EnvVariable("OPTS", "-Da=b -Dc=d"), new EnvVariable("EMPTY", ""),
                new EnvVariable("MULTI", "line1\n  line2"));
    }

    @Test
    void shouldKeepNewlinesWhenNulSeparated() throws IOException {
        List<EnvVariable> vars = parse("A=1\0KEY=-----BEGIN X-----\nabc=def\n-----END X-----\0B=x=y\0", true);

        assertThat(vars).containsExactly(new EnvVariable("A", "1"),
                new EnvVariable("KEY", "-----BEGIN X-----\nabc=def\n-----END X-----"), new EnvVariable("B", "x=y"));
    }

    @Test
    void shouldRedactValueWhenPrinted() {
        assertThat(new EnvVariable("TOKEN", "s3cr3t-value-here").toString())
                .isEqualTo("EnvVariable[key=TOKEN, value=<redacted, 17 chars>]");
    }

    @Test
    void shouldNotReportOrdinaryCiVariables() {
        String env = String.join("\n", "PATH=/usr/local/sbin:/usr/local/bin:/usr/bin", "HOME=/var/jenkins_home",
                "JENKINS_URL=https://ci.corp.net/", "GIT_COMMIT=" + TestSecrets.random("0123456789abcdef", 40),
                "BUILD_NUMBER=1234", "BUILD_TAG=jenkins-team-app-main-1234", "BUILD_ID=1234",
                "RUN_ID=123e4567-e89b-12d3-a456-426614174000", "CI=true", "WORKSPACE=/var/jenkins_home/workspace/app",
                "GIT_URL=https://github.com/org/app.git", "NODE_NAME=built-in", "EXECUTOR_NUMBER=0",
                "JOB_NAME=team/app/main", "GIT_BRANCH=origin/main", "TOKENIZERS_PARALLELISM=false",
                "GIT_PREVIOUS_SUCCESSFUL_COMMIT=" + TestSecrets.random("0123456789abcdef", 40),
                "SECRET_FILE=/run/secrets/app", "JAVA_HOME=/opt/java/openjdk", "LANG=C.UTF-8");
        for (String line : env.split("\n")) {
            int eq = line.indexOf('=');
            assertThat(Detections.inCiVariable(line.substring(0, eq), line.substring(eq + 1)))
                    .as("variable %s", line.substring(0, eq)).isEmpty();
        }
    }

    @Test
    void shouldReportSecretValuedVariableWhenCiEnv() {
        List<DetectedSecret> token = Detections.inCiVariable("GITHUB_TOKEN", TestSecrets.githubToken());
        // A digit and both cases, so the value can never look like a code identifier (which the rule ignores).
        List<DetectedSecret> generic = Detections.inCiVariable("DEPLOY_PASSWORD",
                TestSecrets.random(TestSecrets.ALNUM, 21) + "7Qz");

        assertThat(token).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("github-token");
            assertThat(d.location().kind()).isEqualTo(LocationKind.CI_ENV);
            assertThat(d.location().key()).contains("GITHUB_TOKEN");
        });
        assertThat(generic).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("generic-secret-assignment");
            assertThat(d.location().key()).contains("DEPLOY_PASSWORD");
        });
    }
}
