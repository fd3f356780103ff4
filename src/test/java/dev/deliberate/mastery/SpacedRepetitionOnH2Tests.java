package dev.deliberate.mastery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link SpacedRepetitionDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@EnableConfigurationProperties(SpacingProperties.class)
@Import({ SpacedRepetition.class, SpacedCards.class, CardReviews.class, MasteryErasure.class })
class SpacedRepetitionOnH2Tests extends SpacedRepetitionDatabaseTests {
}
