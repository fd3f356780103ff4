package dev.deliberate.mastery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link SpacedRepetitionDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@EnableConfigurationProperties(SpacingProperties.class)
@Import({ SpacedRepetition.class, SpacedCards.class, CardReviews.class, MasteryErasure.class })
class SpacedRepetitionOnMariaDbTests extends SpacedRepetitionDatabaseTests {
}
