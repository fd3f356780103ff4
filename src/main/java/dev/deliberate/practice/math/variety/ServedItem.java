package dev.deliberate.practice.math.variety;

import dev.deliberate.practice.math.item.ItemKey;
import dev.deliberate.practice.math.item.MathItem;
import dev.deliberate.practice.math.item.ProblemContext;
import java.util.Optional;

/** One item a learner has already been served: what the planner needs to keep the next one fresh. */
public record ServedItem(ItemKey key, Optional<ProblemContext> context) {

    /** What the planner keeps of an item once it has been served. */
    public static ServedItem of(MathItem item) {
        return new ServedItem(item.key(), item.context());
    }
}
