/**
 * What a subject (math, languages) gives the practice loop: its curriculum, items it can generate
 * and regenerate from a stored spec, and checking with feedback. Texts are message codes with
 * arguments, rendered in the learner's language by the web layer. It also declares the helpers a
 * subject may ask of a language model ({@link dev.deliberate.practice.spi.StoryWriter},
 * {@link dev.deliberate.practice.spi.WritingCoach}); each has a default that answers nothing.
 */
@org.springframework.modulith.NamedInterface("spi")
package dev.deliberate.practice.spi;
