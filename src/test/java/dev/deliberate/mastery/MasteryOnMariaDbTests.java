package dev.deliberate.mastery;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link MasteryDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import({ Mastery.class, LearnerRecords.class, ItemRatings.class, ClassLearners.class, MasteryHistory.class, MasteryErasure.class })
class MasteryOnMariaDbTests extends MasteryDatabaseTests {
}
