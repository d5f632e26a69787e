package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic rule in files of known syntax: a password with punctuation is reported whole, with the digest of the
 * value as the syntax defines it, at the line the value starts on, and once.
 */
class FormatAwareValuesTest {
    private static final String PASSWORD = "Kx9#mQ2!vL7%pR4^zT8*";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "/app/.env|DB_PASSWORD=Kx9#mQ2!vL7%pR4^zT8*",
        "/srv/.env.production|export DB_PASSWORD=Kx9#mQ2!vL7%pR4^zT8* # rotated",
        "/app/config/application.properties|spring.datasource.password=Kx9#mQ2!vL7%pR4^zT8*",
        "/app/lib/app.jar!/BOOT-INF/classes/application.properties|db.password : Kx9#mQ2!vL7%pR4^zT8*",
        "/app/db.properties|db.password Kx9#mQ2!vL7%pR4^zT8*",
        "/app/config.yaml|  password: Kx9#mQ2!vL7%pR4^zT8*",
        "/app/config.yml|password: \"Kx9#mQ2!vL7%pR4^zT8*\" # quoted",
        "/app/settings.json|{\"user\": \"app\", \"password\": \"Kx9#mQ2!vL7%pR4^zT8*\"}",
        "/app/web.config|<add key=\"DbPassword\" value=\"Kx9#mQ2!vL7%pR4^zT8*\"/>",
        "/app/settings.xml|<password>Kx9#mQ2!vL7%pR4^zT8*</password>",
        "/etc/app.ini|password = Kx9#mQ2!vL7%pR4^zT8*",
        "/etc/app.toml|password = \"Kx9#mQ2!vL7%pR4^zT8*\" # TOML",
        "/app/start.sh|export DB_PASSWORD='Kx9#mQ2!vL7%pR4^zT8*'",
        "/app/Dockerfile|ENV DB_PASSWORD=\"Kx9#mQ2!vL7%pR4^zT8*\""})
    void shouldReportWholeValueWhenSyntaxQuotesIt(String path, String line) {
        assertFoundOnce(Detections.inFile(path, "# settings\n" + line + "\nLOG_LEVEL=info\n"), PASSWORD, 2);
    }

    @Test
    void shouldDecodeEscapesWhenSyntaxDefinesThem() {
        assertFoundOnce(Detections.inFile("/app/a.properties", "x=1\npassword=\\u004bx9#mQ2!vL7%pR4^zT8*\n"),
                PASSWORD, 2);
        assertFoundOnce(Detections.inFile("/app/a.json", "{\n \"password\": \"Kx9#mQ2!vL7%pR4\\u005ezT8*\"\n}\n"),
                PASSWORD, 2);
        assertFoundOnce(Detections.inFile("/app/a.xml", "<c>\n<password>Kx9#mQ2!vL7%pR4^zT8*</password>\n</c>\n"),
                PASSWORD, 2);
        assertFoundOnce(Detections.inFile("/app/a.sh", "#!/bin/sh\nPASSWORD=$'Kx9#mQ2!vL7%pR4\\x5ezT8*'\n"),
                PASSWORD, 2);
        assertFoundOnce(Detections.inFile("/app/s.xml", "<s>\n<password>Kx9#mQ2!vL7%pR4^zT8&#42;</password>\n"),
                PASSWORD, 2);
    }

    @Test
    void shouldReportAtFirstLineWhenValueContinues() {
        String properties = "a=1\ndb.password=Kx9#mQ2!vL7\\\n        %pR4^zT8*\nb=2\n";
        String yaml = "db:\n  password: |\n    Kx9#mQ2!vL7%pR4^zT8*\n  user: app\n";

        assertFoundOnce(Detections.inFile("/app/application.properties", properties), PASSWORD, 2);
        assertFoundOnce(Detections.inFile("/app/values.yaml", yaml), PASSWORD, 3);
        assertFoundOnce(Detections.inFile("/app/values.yaml", "password: >-\n  Kx9#mQ2!vL7%pR4^zT8*\n"), PASSWORD, 2);
    }

    @Test
    void shouldTakeValueVerbatimWhenImageEnvEntry() {
        List<DetectedSecret> found = Detections.inKeyValue("DB_PASSWORD", PASSWORD);

        assertThat(found).singleElement().satisfies(d -> assertThat(d.digest()).isEqualTo(SecretDigest.of(PASSWORD)));
    }

    @Test
    void shouldNotReportWhenSyntaxSaysCommentOrReference() {
        assertThat(Detections.inFile("/app/.env", "DB_PASSWORD=${SECRET_FROM_VAULT}\nAPI_TOKEN=\"$TOKEN\"\n")).isEmpty();
        assertThat(Detections.inFile("/app/run.sh", "DB_PASSWORD=\"$(cat /run/secrets/db)x#1\"\n")).isEmpty();
        assertThat(Detections.inFile("/app/a.yaml", "password: *defaultPassword\n")).isEmpty();
        assertThat(Detections.inFile("/app/.env", "DB_PASSWORD=short #x\n")).isEmpty();
        // Checkstyle configuration: a property named tokens lists grammar constants.
        assertThat(Detections.inFile("/app/checkstyle.xml", "<property name=\"tokens\" value=\"ARRAY_INIT,BNOT,DEC,"
                + "DOT,INC,LNOT,UNARY_MINUS\"/>\n<property name=\"tokens\" value=\"COMMA, SEMI\"/>\n")).isEmpty();
    }

    @Test
    void shouldReadDotenvCommentWhenHashFollowsWhiteSpace() {
        List<DetectedSecret> found = Detections.inFile("/app/.env", "DB_PASSWORD=Kx9mQ2vL7pR4zT8q #!%^*\n");

        assertFoundOnce(found, "Kx9mQ2vL7pR4zT8q", 1);
    }

    private static void assertFoundOnce(List<DetectedSecret> found, String secret, int line) {
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("generic-secret-assignment");
            assertThat(d.digest()).isEqualTo(SecretDigest.of(secret));
            assertThat(d.location().line()).hasValue(line);
            assertThat(d.redacted()).doesNotContain("pR4^");
        });
    }
}
