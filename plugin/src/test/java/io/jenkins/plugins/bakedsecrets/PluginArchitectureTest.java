package io.jenkins.plugins.bakedsecrets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jenkins.model.Jenkins;
import jenkins.model.TransientActionFactory;
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

    /**
     * A transient action factory that does not name its action type runs on every action lookup of every object of
     * its type; one that looks up actions itself then recurses without end (every build on the instance failed so).
     */
    @ArchTest
    static final ArchRule TRANSIENT_ACTION_FACTORIES_NAME_THEIR_ACTION_TYPE = classes()
            .that().areAssignableTo(TransientActionFactory.class)
            .should(declareMethodWithoutParameters("actionType"));

    private static ArchCondition<JavaClass> declareMethodWithoutParameters(String name) {
        return new ArchCondition<>("declare " + name + "()") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean declared = type.getMethods().stream()
                        .anyMatch(m -> m.getName().equals(name) && m.getRawParameterTypes().isEmpty());
                events.add(new SimpleConditionEvent(type, declared,
                        type.getName() + (declared ? " declares " : " does not declare ") + name + "()"));
            }
        };
    }
}
