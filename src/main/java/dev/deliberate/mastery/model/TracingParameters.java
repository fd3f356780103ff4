package dev.deliberate.mastery.model;

/**
 * The four parameters of Bayesian Knowledge Tracing (Corbett and Anderson, 1995) for one skill.
 *
 * <p>The defaults suit a skill the teacher has already introduced in class and that learners now
 * practise with typed answers:
 * <ul>
 *   <li>P(L0) = 0.25: about one learner in four already knows the skill when practice starts; the
 *       lesson came first, but practice is where most learners consolidate it.</li>
 *   <li>P(T) = 0.10: the low end of the range usually fitted (0.1–0.15), so that mastery is earned
 *       by evidence rather than by the mere passing of attempts.</li>
 *   <li>P(S) = 0.10: a learner who knows the skill still gets about one item in ten wrong.</li>
 *   <li>P(G) = 0.20: answers are typed, not picked from options, so blind guessing is rare, but a
 *       half-right strategy often lands on the right number; 0.20 discounts such lucky answers.</li>
 * </ul>
 * With these values three correct answers in a row take a new skill from 0.25 to 0.978.
 *
 * <p>Slip and guess must stay below 0.5: a learner who knows the skill should be more likely right
 * than wrong, and one who does not, more likely wrong than right. This also guarantees that a
 * correct answer never lowers the estimate.
 *
 * @param initialKnowledge P(L0), the probability the skill is known before the first attempt
 * @param learning P(T), the probability of learning the skill at one practice opportunity
 * @param slip P(S), the probability of a wrong answer although the skill is known
 * @param guess P(G), the probability of a right answer although the skill is not known
 */
public record TracingParameters(double initialKnowledge, double learning, double slip, double guess) {

    /** P(L0) = 0.25, P(T) = 0.10, P(S) = 0.10, P(G) = 0.20. */
    public static final TracingParameters DEFAULTS = new TracingParameters(0.25, 0.10, 0.10, 0.20);

    public TracingParameters {
        requireWithin("initialKnowledge", initialKnowledge, 0, 1);
        requireWithin("slip", slip, 0, 0.5);
        requireWithin("guess", guess, 0, 0.5);
        if (!(learning >= 0 && learning < 1)) {
            throw new IllegalArgumentException("learning must be in [0, 1) but was " + learning);
        }
    }

    private static void requireWithin(String name, double value, double low, double high) {
        if (!(value > low && value < high)) {
            throw new IllegalArgumentException(
                    name + " must be strictly between " + low + " and " + high + " but was " + value);
        }
    }
}
