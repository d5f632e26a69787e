package io.jenkins.plugins.bakedsecrets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

@AnalyzeClasses(packages = "io.jenkins.plugins.bakedsecrets", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {
    /** Stapler and JCasC can only bind public types through public members. */
    @ArchTest
    static final ArchRule DATA_BOUND_ONLY_IN_PUBLIC_CLASSES = codeUnits()
            .that().areAnnotatedWith(DataBoundConstructor.class)
            .or().areAnnotatedWith(DataBoundSetter.class)
            .should().bePublic()
            .andShould().beDeclaredInClassesThat().arePublic();

    /** Validation and fill endpoints must not answer GET requests (CSRF and information leaks). */
    @ArchTest
    static final ArchRule POST_ON_VALIDATION_AND_FILL = methods()
            .that().haveNameMatching("do(Check|Fill).*")
            .should().beAnnotatedWith(POST.class);

    /** The controller is reached through the facade only. */
    @ArchTest
    static final ArchRule NO_JENKINS_SINGLETON_OUTSIDE_FACADE = noClasses()
            .that().doNotHaveFullyQualifiedName(JenkinsFacade.class.getName())
            .should().callMethod(Jenkins.class, "get")
            .orShould().callMethod(Jenkins.class, "getInstanceOrNull")
            .orShould().callMethod(Jenkins.class, "getInstance");

    /** Agent-side code must not depend on controller-side results or steps. */
    @ArchTest
    static final ArchRule AGENT_INDEPENDENT_OF_CONTROLLER = noClasses()
            .that().resideInAPackage("..bakedsecrets.agent..")
            .should().dependOnClassesThat().resideInAnyPackage("..bakedsecrets.result..", "..bakedsecrets.steps..");
}
