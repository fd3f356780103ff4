/**
 * Durable score sync: every {@code MasteryChanged} and {@code AssignmentCompleted} updates one row
 * per (assignment, student) in the same transaction as the attempt; a sender claims due rows with a
 * lease and publishes the latest score through AGS, coalescing bursts, retrying transient failures
 * with backoff and recording permanent ones for the teacher.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "course", "mastery", "practice", "lti :: services", "shared" })
package dev.deliberate.gradebook;
