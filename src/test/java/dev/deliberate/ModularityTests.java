package dev.deliberate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The application modules and their declared dependencies, as Spring Modulith sees them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DeliberateApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void theDesignedModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("shared", "lti", "course", "practice", "practice.math", "practice.writing", "practice.language", "mastery", "teacher",
                        "demoplatform", "llm");
    }

    @Test
    void theProtocolModuleDependsOnNothingAboveIt() {
        ApplicationModule lti = modules.getModuleByName("lti").orElseThrow();

        assertThat(lti.getBootstrapDependencies(modules).map(ApplicationModule::getName)).allMatch("shared"::equals);
    }
}
