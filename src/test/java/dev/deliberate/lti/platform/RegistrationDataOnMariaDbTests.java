package dev.deliberate.lti.platform;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import dev.deliberate.testing.MariaDbTestDatabase;

/**
 * {@link RegistrationDataTests} with the whole application on the real MariaDB service, in a
 * database of its own (its schedulers must not meet the data-layer tests' cleaning), closed after.
 */
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = RegistrationDataOnMariaDbTests.OwnDatabase.class)
@DirtiesContext
class RegistrationDataOnMariaDbTests extends RegistrationDataTests {

    static class OwnDatabase extends MariaDbTestDatabase {

        @Override
        protected String databaseName() {
            return name("deliberate_it_");
        }
    }
}
