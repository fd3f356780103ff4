/**
 * What a subject (math, languages) gives the practice loop: its curriculum, items it can generate
 * and regenerate from a stored spec, and checking with feedback. Texts are message codes with
 * arguments, rendered in the learner's language by the web layer.
 */
@org.springframework.modulith.NamedInterface("spi")
package dev.deliberate.practice.spi;
