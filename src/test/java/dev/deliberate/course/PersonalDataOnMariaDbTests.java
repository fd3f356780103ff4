package dev.deliberate.course;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import dev.deliberate.testing.MariaDbTestDatabase;

/** {@link PersonalDataTests} with the whole application on the real MariaDB service, in a database of its own. */
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = PersonalDataOnMariaDbTests.OwnDatabase.class)
@DirtiesContext
class PersonalDataOnMariaDbTests extends PersonalDataTests {

    static class OwnDatabase extends MariaDbTestDatabase {

        @Override
        protected String databaseName() {
            return name("deliberate_pd_");
        }
    }
}
