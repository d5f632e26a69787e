package io.jenkins.plugins.bakedsecrets.core.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class GovernanceArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.bakedsecrets.core.policy",
                    "io.jenkins.plugins.bakedsecrets.core.provenance");

    @Test
    void shouldNotDependOnReportsJenkinsOrCli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..core.report..", "hudson..", "jenkins..",
                "org.kohsuke..", "picocli..").check(classes);
    }

    @Test
    void shouldKeepProvenanceFreeOfPolicy() {
        noClasses().that().resideInAPackage("..core.provenance..").should().dependOnClassesThat()
                .resideInAPackage("..core.policy..").check(classes);
    }

    @Test
    void shouldNeverPrint() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
