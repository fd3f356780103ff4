package dev.deliberate.practice;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link PracticeRecordsDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import({ PracticeSessions.class, PracticeItems.class, Reflections.class })
class PracticeRecordsOnMariaDbTests extends PracticeRecordsDatabaseTests {
}
