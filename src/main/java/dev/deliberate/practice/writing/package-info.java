/**
 * Writing as a practice subject: short focused exercises on argumentative structure (a thesis for a
 * question, a hook, a topic sentence with a claim, evidence and reasoning, a transition, a
 * counter-argument, a conclusion), each in another topic, and an essay written section by section,
 * in English and Spanish. A rule-based analyzer judges every criterion and quotes the learner's own
 * words; a language model, where the teacher switched one on, may add comments
 * ({@link dev.deliberate.practice.spi.WritingCoach}) but never overrides a criterion the rules decide.
 *
 * <p>Texts are message codes into {@code messages/writing.properties} and
 * {@code messages/writing_es.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Writing practice", allowedDependencies = "practice :: spi")
package dev.deliberate.practice.writing;
