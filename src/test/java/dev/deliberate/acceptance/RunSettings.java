package dev.deliberate.acceptance;

import java.nio.file.Path;

/**
 * Where the Moodle run's Moodle and tool are, as {@code .ci/moodle-run} passes them ({@code -Dmoodle.url=…}).
 *
 * @param moodleUrl      Moodle's wwwroot
 * @param password       the password of Moodle's admin, teacher and students
 * @param courseId       the course the students are enrolled in
 * @param toolUrl        the tool's base URL
 * @param toolDatabase   JDBC URL of the tool's own database (the test reads served items from it to answer right)
 * @param toolDbUser     its user
 * @param toolDbPassword its password
 * @param directory      where the step summary and screenshots go
 */
record RunSettings(String moodleUrl, String password, long courseId, String toolUrl, String toolDatabase, String toolDbUser,
        String toolDbPassword, Path directory) {

    static RunSettings fromSystemProperties() {
        return new RunSettings(required("moodle.url"), required("moodle.password"), Long.parseLong(required("moodle.course")),
                required("tool.url"), required("tool.db.url"), System.getProperty("tool.db.user", "root"),
                System.getProperty("tool.db.password", ""), runDirectory());
    }

    static Path runDirectory() {
        return Path.of(System.getProperty("moodle.run.dir", "target/moodle-run"));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + name + " is not set: run the Moodle acceptance run with .ci/moodle-run");
        }
        return value;
    }
}
