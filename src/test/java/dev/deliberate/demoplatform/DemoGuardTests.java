package dev.deliberate.demoplatform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

class DemoGuardTests {

    @Test
    void theDemoPlatformRefusesToStartBesideTheProductionProfile() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("mysql", "demo");

        assertThatThrownBy(() -> new DemoGuard(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot run with the production profile 'mysql'");
    }

    @Test
    void theDemoPlatformStartsOnTheEmbeddedDefaultAndBesideTheLocalMariaDb() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("demo", "mariadb");

        assertThatCode(() -> new DemoGuard(local)).doesNotThrowAnyException();
    }
}
