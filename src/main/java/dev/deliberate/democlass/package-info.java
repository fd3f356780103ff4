/**
 * The demo class's histories: on the first start of the demo, the thirty students of the built-in
 * LMS's course practise the seeded assignment as simulated learners of planted needs (10 weak in
 * fractions, 8 in word problems, 7 strong, 5 in basic operations), so the teacher's class view
 * shows groups the engine computed. Each student is launched through the demo LMS over loopback
 * HTTP, exactly as the Launch button does, and answers the real problems the practice loop serves
 * through the real practice endpoints. Active only under the {@code demo} profile with
 * {@code deliberate.demo.class-histories} on; done once per database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo class",
        allowedDependencies = { "mastery", "mastery :: simulation", "practice", "practice :: spi", "shared" })
package dev.deliberate.democlass;
