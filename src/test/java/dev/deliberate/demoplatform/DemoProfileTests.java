package dev.deliberate.demoplatform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Production never runs a piece of the demo platform: every bean it declares needs the demo profile. */
class DemoProfileTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.deliberate.demoplatform");

    @Test
    void everyBeanOfTheDemoPlatformNeedsTheDemoProfile() {
        DescribedPredicate<JavaAnnotation<?>> demoProfile = DescribedPredicate.describe("@Profile(\"demo\")",
                a -> a.getRawType().isEquivalentTo(Profile.class)
                        && Arrays.asList((String[]) a.get("value").orElse(new String[0])).contains("demo"));

        classes().that().areMetaAnnotatedWith(Component.class).should().beAnnotatedWith(demoProfile).check(classes);
    }
}
