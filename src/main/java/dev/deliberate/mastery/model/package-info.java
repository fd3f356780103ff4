/**
 * The mathematics of the learner model, free of any framework: Bayesian Knowledge Tracing, Elo-style
 * ratings on a logit scale, the spaced review schedule and the misconception window.
 *
 * <p>Every type here is either an immutable value or a calculator configured by one; none of them
 * reads the clock or keeps state between calls.
 */
package dev.deliberate.mastery.model;
