package dev.deliberate.mastery;

import java.util.Objects;

/**
 * An item the practice engine can generate next.
 *
 * @param skillId the skill it practises
 * @param difficulty the generator's difficulty level
 * @param rating the item's current Elo difficulty b, in logits
 */
public record CandidateItem(String skillId, int difficulty, double rating) {

    public CandidateItem {
        Objects.requireNonNull(skillId, "skillId");
        if (!Double.isFinite(rating)) {
            throw new IllegalArgumentException("rating must be finite but was " + rating);
        }
    }
}
