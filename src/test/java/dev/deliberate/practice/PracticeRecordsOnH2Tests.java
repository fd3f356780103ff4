package dev.deliberate.practice;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link PracticeRecordsDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import({ PracticeSessions.class, PracticeItems.class, Reflections.class })
class PracticeRecordsOnH2Tests extends PracticeRecordsDatabaseTests {
}
