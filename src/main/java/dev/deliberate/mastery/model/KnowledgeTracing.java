package dev.deliberate.mastery.model;

import java.util.Objects;

/**
 * Bayesian Knowledge Tracing for one skill: the probability P(L) that the learner knows it,
 * updated after every attempt.
 *
 * <p>An attempt first conditions P(L) on the answer (Bayes' rule with slip S and guess G), then
 * applies the learning transition T, because every attempt with feedback is a chance to learn:
 * <pre>
 *   after a correct answer:    P(L | ans) = P(L)(1 − S) / (P(L)(1 − S) + (1 − P(L)) G)
 *   after an incorrect answer: P(L | ans) = P(L) S / (P(L) S + (1 − P(L))(1 − G))
 *   then:                      P(L')      = P(L | ans) + (1 − P(L | ans)) T
 * </pre>
 * The result is kept within [{@value #FLOOR}, {@value #CEILING}]. Without the ceiling, a long run
 * of correct answers rounds P(L) to exactly 1.0, after which no answer could ever move it again.
 */
public final class KnowledgeTracing {

    /** The lowest estimate an update returns. */
    public static final double FLOOR = 0.0001;

    /** The highest estimate an update returns. */
    public static final double CEILING = 0.9999;

    private final TracingParameters parameters;

    public KnowledgeTracing(TracingParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** P(L0): the estimate for a skill the learner has not practised yet. */
    public double initialKnowledge() {
        return parameters.initialKnowledge();
    }

    /** P(L) after one attempt: the posterior given the answer, then the learning transition. */
    public double afterAttempt(double knowledge, boolean correct) {
        double posterior = posterior(knowledge, correct);
        double learned = posterior + (1 - posterior) * parameters.learning();
        return Math.min(CEILING, Math.max(FLOOR, learned));
    }

    /** P(L | answer): the probability the skill was known, given how the learner answered. */
    public double posterior(double knowledge, boolean correct) {
        requireProbability(knowledge);
        double known = knowledge * (correct ? 1 - parameters.slip() : parameters.slip());
        double unknown = (1 - knowledge) * (correct ? parameters.guess() : 1 - parameters.guess());
        return known / (known + unknown);
    }

    /** P(correct) on the next attempt: a known skill answered without a slip, or an unknown one guessed. */
    public double chanceOfCorrect(double knowledge) {
        requireProbability(knowledge);
        return knowledge * (1 - parameters.slip()) + (1 - knowledge) * parameters.guess();
    }

    private static void requireProbability(double knowledge) {
        if (!(knowledge >= 0 && knowledge <= 1)) {
            throw new IllegalArgumentException("knowledge must be a probability but was " + knowledge);
        }
    }
}
