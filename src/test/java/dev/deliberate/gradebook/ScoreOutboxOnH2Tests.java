package dev.deliberate.gradebook;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link ScoreOutboxDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import(ScoreOutbox.class)
class ScoreOutboxOnH2Tests extends ScoreOutboxDatabaseTests {
}
