package dev.deliberate.practice.language.check;

import java.util.Locale;

/**
 * Why a conjugated form is wrong, as the learner is told and as the learner model counts it
 * (the name is the misconception code). Shared by every language; a language uses those that
 * apply to it (Spanish has no auxiliary choice).
 */
public enum Reason {
    /** avoir where the verb takes être, or the reverse: il a allé. */
    WRONG_AUXILIARY(false),
    /** The passé composé without its auxiliary: il allé. */
    MISSING_AUXILIARY(false),
    /** With être the participle agrees with the doer, and this one does not: elle est allé. */
    MISSING_AGREEMENT(false),
    /** An agreement the sentence does not call for: elle a mangée, il est allée. */
    WRONG_AGREEMENT(false),
    /** The verb is irregular and was conjugated as a regular one: prendu, allerai, que je faise. */
    REGULARIZED_IRREGULAR(false),
    /** One of the verb's own stems, but the one for another person: ils voulent, vous faisez. */
    WRONG_STEM(false),
    /** An -er spelling change missed or put where it does not belong: nous mangons, ils achetent. */
    SPELLING_CHANGE(false),
    /** A form of the right tense for another person: nous prend. */
    WRONG_PERSON(false),
    /** The right person in another tense or mood: il allait for il est allé. */
    WRONG_TENSE(false),
    /** A participle that is not the verb's: il a prend, j'ai parler. */
    WRONG_PARTICIPLE(false),
    /** The right stem with an ending that does not exist for it: ils parlont. */
    WRONG_ENDING(false),
    /** A pronominal verb without its reflexive pronoun: je lève for je me lève. */
    MISSING_REFLEXIVE(false),
    /** An accent that tells the form apart is missing: il a parle, ils achetent's è. Refused. */
    MISSING_ACCENT(false),
    /** An accent where the form has another one, or none: parlè. Refused. */
    WRONG_ACCENT(false),
    /** Only a circumflex is missing (etes, connait): accepted, with the spelling shown. */
    MISSING_CIRCUMFLEX(true),
    /** je, me, te, se not shortened before a vowel (je ai), or shortened before a consonant. */
    ELISION(false),
    /** A wrong form the engine cannot explain. */
    UNEXPLAINED(false);

    private final boolean accepted;

    Reason(boolean accepted) {
        this.accepted = accepted;
    }

    /** Whether an answer with only this slip still counts as right. */
    public boolean accepted() {
        return accepted;
    }

    /** The misconception code the learner model stores. */
    public String code() {
        return name();
    }

    /** The message key part: {@code wrong-auxiliary}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
