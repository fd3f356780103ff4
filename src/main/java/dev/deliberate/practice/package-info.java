/**
 * The practice loop: sessions, items, attempts, feedback, hints and reflection checkpoints, with a
 * service-provider interface that each subject (math, writing, language) implements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "course", "mastery", "shared" })
package dev.deliberate.practice;
