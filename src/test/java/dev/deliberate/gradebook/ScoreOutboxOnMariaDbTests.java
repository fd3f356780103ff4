package dev.deliberate.gradebook;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link ScoreOutboxDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import(ScoreOutbox.class)
class ScoreOutboxOnMariaDbTests extends ScoreOutboxDatabaseTests {
}
