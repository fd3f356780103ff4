package dev.deliberate.course;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnMariaDb;

/** {@link CourseRecordsDatabaseTests} on the real MariaDB service. */
@DataLayerTest
@OnMariaDb
@Import({ CourseRecords.class, Courses.class, LiveMemberships.class })
class CourseRecordsOnMariaDbTests extends CourseRecordsDatabaseTests {
}
