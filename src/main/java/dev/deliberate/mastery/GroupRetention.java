package dev.deliberate.mastery;

/**
 * The model's retention over a group of cards at one moment.
 *
 * @param cards           the cards of the group the learner has reviewed at least once
 * @param due             how many of them are due
 * @param meanRetention   the mean chance of recall over those cards (0 when there are none)
 * @param lowestRetention the lowest chance of recall among them (0 when there are none)
 */
public record GroupRetention(int cards, int due, double meanRetention, double lowestRetention) {

    /** No card of the group reviewed yet. */
    public static final GroupRetention NONE = new GroupRetention(0, 0, 0, 0);
}
