package dev.deliberate.course;

import org.springframework.context.annotation.Import;

import dev.deliberate.testing.DataLayerTest;
import dev.deliberate.testing.OnH2;

/** {@link CourseRecordsDatabaseTests} on the embedded H2. */
@DataLayerTest
@OnH2
@Import({ CourseRecords.class, Courses.class, LiveMemberships.class })
class CourseRecordsOnH2Tests extends CourseRecordsDatabaseTests {
}
