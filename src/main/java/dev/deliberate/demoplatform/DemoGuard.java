package dev.deliberate.demoplatform;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the demo platform next to the production profile: a demo issuer anyone can
 * launch from must never be registered with a production database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoGuard {

    DemoGuard(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("mysql"))) {
            throw new IllegalStateException("The demo platform (profile 'demo') cannot run with the production profile "
                    + "'mysql'. Remove 'demo' from spring.profiles.active.");
        }
    }
}
