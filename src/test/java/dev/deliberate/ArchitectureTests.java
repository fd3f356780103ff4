package dev.deliberate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules of the code base that the module boundaries alone do not express. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.deliberate");

    @Test
    void onlyTheProtocolAndTheDemoPlatformTouchJoseAndJwt() {
        noClasses().that().resideOutsideOfPackages("dev.deliberate.lti..", "dev.deliberate.demoplatform..")
                .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
                .check(classes);
    }

    @Test
    void onlyTheLlmModuleImportsLangChain4j() {
        noClasses().that().resideOutsideOfPackage("dev.deliberate.llm..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes);
    }

    @Test
    void nothingNeedsTheLlmModuleToWork() {
        noClasses().that().resideOutsideOfPackage("dev.deliberate.llm..")
                .should().dependOnClassesThat().resideInAPackage("dev.deliberate.llm..")
                .check(classes);
    }

    @Test
    void nothingButTheDemoPlatformKnowsTheDemoPlatform() {
        noClasses().that().resideOutsideOfPackage("dev.deliberate.demoplatform..")
                .should().dependOnClassesThat().resideInAPackage("dev.deliberate.demoplatform..")
                .check(classes);
    }

    @Test
    void theProtocolLayerKnowsNothingOfCoursesOrPractice() {
        noClasses().that().resideInAPackage("dev.deliberate.lti..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deliberate.course..", "dev.deliberate.practice..",
                        "dev.deliberate.teacher..", "dev.deliberate.mastery..")
                .check(classes);
    }
}
