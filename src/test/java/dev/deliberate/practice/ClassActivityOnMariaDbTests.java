package dev.deliberate.practice;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link ClassActivityDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import({ ClassActivity.class, PracticeSessions.class, PracticeItems.class, Reflections.class })
class ClassActivityOnMariaDbTests extends ClassActivityDatabaseTests {
}
