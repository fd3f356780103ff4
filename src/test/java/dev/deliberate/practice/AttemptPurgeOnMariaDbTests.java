package dev.deliberate.practice;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import dev.deliberate.testing.MariaDbTestDatabase;

/** {@link AttemptPurgeTests} with the whole application on the real MariaDB service, in a database of its own. */
@ActiveProfiles("mariadb")
@ContextConfiguration(initializers = AttemptPurgeOnMariaDbTests.OwnDatabase.class)
@DirtiesContext
class AttemptPurgeOnMariaDbTests extends AttemptPurgeTests {

    static class OwnDatabase extends MariaDbTestDatabase {

        @Override
        protected String databaseName() {
            return name("deliberate_purge_");
        }
    }
}
