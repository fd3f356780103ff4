package dev.deliberate.mastery.simulation;

import dev.deliberate.mastery.CandidateItem;
import dev.deliberate.mastery.ItemRating;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elo ratings of every (skill, level) item of a curriculum during one run. They start at the
 * items' true difficulty, as if calibrated by earlier classes, and keep being updated.
 */
public final class ItemBank {

    private record Item(String skillId, int level) {
    }

    private final Map<Item, ItemRating> ratings = new LinkedHashMap<>();

    public ItemBank(Curriculum curriculum) {
        for (String skill : curriculum.skills()) {
            for (int level = 1; level <= curriculum.levels(); level++) {
                ratings.put(new Item(skill, level), new ItemRating(curriculum.trueDifficulty(level), 0));
            }
        }
    }

    public ItemRating rating(String skillId, int level) {
        return ratings.get(new Item(skillId, level));
    }

    public void rerate(String skillId, int level, ItemRating rating) {
        ratings.put(new Item(skillId, level), rating);
    }

    public List<CandidateItem> candidates() {
        return ratings.entrySet().stream()
                .map(entry -> new CandidateItem(entry.getKey().skillId(), entry.getKey().level(),
                        entry.getValue().difficulty()))
                .toList();
    }
}
