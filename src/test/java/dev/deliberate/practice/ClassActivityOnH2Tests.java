package dev.deliberate.practice;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link ClassActivityDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import({ ClassActivity.class, PracticeSessions.class, PracticeItems.class, Reflections.class })
class ClassActivityOnH2Tests extends ClassActivityDatabaseTests {
}
