package dev.deliberate.mastery;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link MasteryDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import({ Mastery.class, LearnerRecords.class, ItemRatings.class, ClassLearners.class, MasteryHistory.class, MasteryErasure.class })
class MasteryOnH2Tests extends MasteryDatabaseTests {
}
