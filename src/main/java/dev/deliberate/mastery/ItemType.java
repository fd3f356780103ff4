package dev.deliberate.mastery;

import java.time.Duration;

/**
 * The kinds of language item a card is reviewed through, each with the response time under which
 * a right answer counts as automatic recall (the form came without having to work it out).
 *
 * <p>The thresholds are ours, set from what typing the answer takes: a cloze asks for one verb form
 * (read a short sentence, type one or two words: 5 s), a transformation for a sentence rewritten
 * into another tense (8 s), a translation for a whole short sentence from the learner's own
 * language (12 s), a dialogue answer for reading the other person's line and writing a sentence of
 * one's own (15 s). Response time runs from the item shown to the answer sent.
 */
public enum ItemType {

    /** Fill the verb form into a sentence. */
    CLOZE(Duration.ofSeconds(5)),
    /** Rewrite a sentence into another tense or person. */
    TRANSFORM(Duration.ofSeconds(8)),
    /** Translate a short sentence from the interface language. */
    TRANSLATE(Duration.ofSeconds(12)),
    /** Answer a line of a dialogue with a sentence of one's own that uses the form asked. */
    CONVERSATION(Duration.ofSeconds(15));

    private final Duration automaticWithin;

    ItemType(Duration automaticWithin) {
        this.automaticWithin = automaticWithin;
    }

    /** The response time at or under which a right answer counts as automatic. */
    public Duration automaticWithin() {
        return automaticWithin;
    }

    /** Whether an answer was automatic: right, and no slower than {@link #automaticWithin()}. */
    public boolean automatic(boolean right, Duration responseTime) {
        return right && responseTime.compareTo(automaticWithin) <= 0;
    }
}
