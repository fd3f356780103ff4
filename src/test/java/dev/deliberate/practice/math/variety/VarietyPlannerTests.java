package dev.deliberate.practice.math.variety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deliberate.practice.math.item.Difficulty;
import dev.deliberate.practice.math.item.ItemGenerator;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import dev.deliberate.practice.math.skill.MathSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VarietyPlannerTests {

    private final VarietyPlanner planner = new VarietyPlanner(new ItemGenerator());

    @Test
    void theSameHistoryAndLearnerGiveTheSameNextItem() {
        List<ServedItem> history = history(5, 17);
        assertThat(planner.next(history, MathSkill.DISTRIBUTIVE_PROPERTY, Difficulty.of(3), Set.of(), 17))
                .isEqualTo(planner.next(history, MathSkill.DISTRIBUTIVE_PROPERTY, Difficulty.of(3), Set.of(), 17));
    }

    @Test
    void theNextItemAvoidsTheContextUsedLast() {
        List<ServedItem> history = history(3, 5);
        MathItem next = planner.next(history, MathSkill.DISTRIBUTIVE_PROPERTY, Difficulty.of(3), Set.of(), 5);
        assertThat(next.context()).isNotEqualTo(history.get(history.size() - 1).context());
    }

    @Test
    void wordProblemsRotateThroughTheTemplatesOfAContext() {
        List<ServedItem> history = new ArrayList<>();
        List<String> wordings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MathItem item = planner.next(history, MathSkill.WORD_PROBLEMS, Difficulty.of(1), Set.of(ProblemContext.ART), 3);
            history.add(ServedItem.of(item));
            wordings.add(item.wordingKey());
        }
        assertThat(wordings).contains("math.story.art.blue-paint", "math.story.art.gallery-wall");
        assertThat(history).extracting(ServedItem::context).contains(Optional.of(ProblemContext.ART));
    }

    private List<ServedItem> history(int size, long learnerSeed) {
        List<ServedItem> history = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            history.add(ServedItem.of(planner.next(history, MathSkill.DISTRIBUTIVE_PROPERTY, Difficulty.of(3), Set.of(), learnerSeed)));
        }
        return history;
    }
}
