package dev.deliberate.practice.spi;

/**
 * A subject the practice loop can run: it generates items, judges responses and names its skills.
 * Implementations are stateless and decide every math (or grammar) answer themselves; nothing
 * here may depend on an LLM.
 *
 * <p>A subject is offered to teachers by being a bean. Its words live in a bundle
 * {@code messages/<id>.properties} (found on the class path): {@code <id>.subject} names it,
 * {@code <id>.skill.<skill>}, {@code <id>.context.<context>} and {@code <id>.topic.<topic>} name
 * its parts. The student's answer area is the jte template {@code practice/answer/<id>.jte} when
 * there is one, else a one-line answer ({@code practice/answer/line.jte}).
 */
public interface PracticeSubject {

    /** How many hints {@link #hints} gives for an item. */
    int HINT_RUNGS = 3;

    /** A stable id, e.g. {@code math}. */
    String id();

    Curriculum curriculum();

    /** A fresh item for the learner: right skill and level, not repeating their history. */
    PreparedItem next(NextItemSpec request);

    /** The item a stored spec describes, exactly as it was first generated. */
    PreparedItem regenerate(ItemSpec spec);

    /** Judges a response to the item of {@code spec}. */
    Checked check(ItemSpec spec, Response response);

    /**
     * Judges a response knowing the attempt around it: a subject that comments on revisions compares
     * with {@link Attempted#previous()}. The default judges the response alone.
     */
    default Checked check(ItemSpec spec, Response response, Attempted attempted) {
        return check(spec, response);
    }

    /**
     * Time for help from outside the subject (a language model) before the response is judged: the
     * loop calls it outside the attempt's transaction, without the request's admission permit, so
     * the wait holds neither a database connection nor a core's turn. {@link #check} then uses what
     * it left behind without waiting. By default there is none.
     */
    default void awaitHelp(ItemSpec spec, Response response, Attempted attempted) {
    }

    /**
     * Hints that grow, from where the learner stands in {@code soFar}: a nudge, then the operation
     * to apply next, then the next line worked out. The final answer never appears before the
     * learner has tried ({@code tried} false).
     */
    java.util.List<Text> hints(ItemSpec spec, Response soFar, boolean tried);

    /** A full solution of the item, line by line with reasons. */
    java.util.List<WorkedLine> workedExample(ItemSpec spec);

    /**
     * An item parallel to this one, for a worked example that does not solve the learner's own
     * problem: same skill, level and structure, other numbers and context; always the same for one spec.
     */
    PreparedItem parallel(ItemSpec spec);

    /**
     * Wrong responses learners typically give to this item, as they would type them: first those
     * that show a misconception the subject names, last a plain slip. For simulated learners (the
     * demo class); none when the subject has no such list.
     */
    default java.util.List<Response> typicalMistakes(ItemSpec spec) {
        return java.util.List.of();
    }

    /**
     * Where {@code misconception} (a code {@link Checked#misconception} gives) would go wrong in the
     * worked example of the item: the first line it can be made on, with the subject's own feedback.
     * Empty when the misconception cannot be made on this item.
     */
    java.util.Optional<Pitfall> pitfall(ItemSpec spec, String misconception);

    /** Whether items of this subject review memory cards, so the loop passes due cards to {@link #next}. */
    default boolean schedulesCards() {
        return false;
    }

    /** The memory card an item reviews, when the subject schedules spaced repetition; none by default. */
    default java.util.Optional<ReviewCard> card(ItemSpec spec) {
        return java.util.Optional.empty();
    }
}
