package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The top level of the command line: which verbs it builds, its help and its errors. */
class MainTest {
    private static final String[] VERBS = {"scan", "rules", "sample", "gate", "provenance", "exposure", "diff"};

    @Test
    void shouldBuildOnlyTheInvokedVerbWhenArgumentsStartWithOne() {
        for (String verb : VERBS) {
            assertThat(Main.commandLine(new String[] {verb, "--help"}).getSubcommands()).as(verb)
                    .containsOnlyKeys(verb);
        }
    }

    @Test
    void shouldBuildEveryVerbWhenArgumentsStartWithNone() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"Scan"}, {"sca"}, {"--help", "scan"}}) {
            assertThat(Main.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactly(VERBS);
        }
    }

    @Test
    void shouldListEveryVerbInHelp() {
        JarRunner.Result help = JarRunner.inProcess("--help");

        assertThat(help.exitCode()).isZero();
        for (String verb : VERBS) {
            assertThat(help.stdout()).containsPattern("(?m)^  " + verb + " ");
        }
    }

    @Test
    void shouldPrintTheVerbsOwnHelpWhenAskedAfterIt() {
        JarRunner.Result help = JarRunner.inProcess("gate", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: baked-secrets gate ").doesNotContain("Commands:");
    }

    @Test
    void shouldRefuseInOneLineWhenVerbIsUnknownOrMissing() {
        JarRunner.Result unknown = JarRunner.inProcess("sca", "docker-archive:x.tar");
        JarRunner.Result missing = JarRunner.inProcess();

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.stderr().lines()).singleElement().asString().contains("'sca'")
                .contains("baked-secrets --help");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.stderr()).contains("a command is required: scan, rules, sample, gate, provenance, exposure"
                + " or diff");
    }
}
