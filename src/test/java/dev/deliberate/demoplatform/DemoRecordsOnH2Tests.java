package dev.deliberate.demoplatform;

import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import dev.deliberate.demoplatform.client.UsedValues;
import dev.deliberate.demoplatform.course.DemoLinks;
import dev.deliberate.demoplatform.course.LineItems;
import dev.deliberate.demoplatform.course.MemberStatuses;
import dev.deliberate.demoplatform.gradebook.Scores;
import dev.deliberate.shared.TransactionManagers;
import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link DemoRecordsDatabaseTests} on the embedded H2. */
@DataLayerTest
@AutoConfigureJson
@OnH2
@ActiveProfiles("demo")
@Import({ TransactionManagers.class, LineItems.class, DemoLinks.class, Scores.class, UsedValues.class, MemberStatuses.class })
class DemoRecordsOnH2Tests extends DemoRecordsDatabaseTests {
}
