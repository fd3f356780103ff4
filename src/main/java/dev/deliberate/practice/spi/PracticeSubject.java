package dev.deliberate.practice.spi;

/**
 * A subject the practice loop can run: it generates items, judges responses and names its skills.
 * Implementations are stateless and decide every math (or grammar) answer themselves; nothing
 * here may depend on an LLM.
 */
public interface PracticeSubject {

    /** A stable id, e.g. {@code math}. */
    String id();

    Curriculum curriculum();

    /** A fresh item for the learner: right skill and level, not repeating their history. */
    PreparedItem next(NextItemSpec request);

    /** The item a stored spec describes, exactly as it was first generated. */
    PreparedItem regenerate(ItemSpec spec);

    /** Judges a response to the item of {@code spec}. */
    Checked check(ItemSpec spec, Response response);

    /** A hint before any answer: how to start, never the answer itself. */
    Text firstHint(ItemSpec spec);

    /** A full solution of the item, line by line with reasons, for after repeated failure. */
    java.util.List<WorkedLine> workedExample(ItemSpec spec);
}
