package io.jenkins.plugins.bakedsecrets.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Enforces the package diagram of docs/architecture.md. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.bakedsecrets.core");

    @Test
    void shouldFollowThePackageDiagram() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("finding").definedBy("..core.finding..")
                .layer("image").definedBy("..core.image..")
                .layer("detect").definedBy("..core.detect..")
                .layer("scan").definedBy("..core.scan..")
                .layer("cache").definedBy("..core.cache..")
                .layer("provenance").definedBy("..core.provenance..")
                .layer("policy").definedBy("..core.policy..")
                .layer("report").definedBy("..core.report..")
                .whereLayer("report").mayNotBeAccessedByAnyLayer()
                .whereLayer("policy").mayOnlyBeAccessedByLayers("report")
                .whereLayer("provenance").mayOnlyBeAccessedByLayers("policy", "report")
                .whereLayer("scan").mayOnlyBeAccessedByLayers("provenance", "policy", "report")
                .whereLayer("image").mayOnlyBeAccessedByLayers("scan", "report")
                .whereLayer("cache").mayOnlyBeAccessedByLayers("scan")
                .whereLayer("detect").mayOnlyBeAccessedByLayers("scan", "report")
                .check(CORE);
    }

    @Test
    void shouldNotDependOnJenkinsOrPicocli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                "picocli..").check(CORE);
    }

    @Test
    void shouldNeverPrint() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace").check(CORE);
    }
}
