/**
 * Simulated learners for the learner model: a learner answers by the Rasch probability of a hidden
 * ability per skill and learns with practice, so a class of planted profiles can be run through
 * the real engine (the demo class) and the model's findings compared with the planted truth.
 */
@org.springframework.modulith.NamedInterface("simulation")
package dev.deliberate.mastery.simulation;
