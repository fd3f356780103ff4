package dev.deliberate.practice.spi;

/**
 * An item ready to show.
 *
 * @param spec      how to generate it again
 * @param key       what must not repeat for one learner (math: equation and wording)
 * @param statement what the learner reads
 * @param shown     the expression as plain text, as it appears in the statement; null for a story
 * @param math      the same expression as MathML, or null when the learner must write it (a story)
 * @param answer    the expected answer as the learner would write it
 */
public record PreparedItem(ItemSpec spec, String key, Text statement, String shown, MathMarkup math,
        String answer) {

    public int level() {
        return (int) Math.floor(spec.difficulty());
    }
}
